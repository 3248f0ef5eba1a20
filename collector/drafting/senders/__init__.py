"""Who sends: the roster's units as a notice writes them, the addressee line and the 附件's lists, groups and their members, units named by tables, let off, or added, and bodies off the roster."""
