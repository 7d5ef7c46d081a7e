"""``python -m ksplan``."""

from ksplan.launcher import main

main()
