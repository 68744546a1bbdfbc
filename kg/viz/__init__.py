"""Drawing kg graphs: self-contained offline HTML (vis-network via pyvis) and SVG/PNG."""
