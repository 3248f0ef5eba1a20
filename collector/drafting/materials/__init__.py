"""What is asked for: a requirement's parts (documents, stamped scans, sheets, photos, fields, videos, archives), their formats and counts, and the names of the materials."""
