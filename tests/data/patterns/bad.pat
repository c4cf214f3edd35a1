# a family misspelt, and a line that is not one
resolutoin = ^\s*(DECIDED\s*:)
DECIDED
