"""Evaluation against gold data: the seed articles and GTD incident records."""
