"""The sector's roll-up: many units' plans read, checked across units, totalled on the forms."""
