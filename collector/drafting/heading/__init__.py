"""The notice's own fields: its title and the hints that tell its mails, the collecting address, when it was issued (the year its dates are read in), the issuer's matter."""
