"""ksplan: Dortmund's Masterplan Kommunale Sicherheit as validated YAML, with a toolkit."""

__version__ = "0.1.0"
