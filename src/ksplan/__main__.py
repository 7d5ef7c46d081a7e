"""``python -m ksplan``."""

from ksplan.cli import main

main()
