"""One module per document kind: builds the template context and the document's frame."""
