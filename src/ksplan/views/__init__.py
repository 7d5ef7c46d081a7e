"""Views: core results turned into what a person reads (terminal tables and text).

One module per family of commands; the CLI calls one view per command and prints nothing of
its own.
"""
