"""kg's command-line interface: one module per command, each thin."""
