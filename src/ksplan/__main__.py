"""``python -m ksplan``."""

from ksplan.launcher import run

run()
