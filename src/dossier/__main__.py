"""`python -m dossier` runs the command-line tool."""

from dossier.cli import main

main()
