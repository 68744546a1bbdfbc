"""Reports on a kg graph: one self-contained HTML page (or Markdown file) for reading offline."""
