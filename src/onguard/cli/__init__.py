"""Command-line face of OnGuard (Typer + Rich)."""
