"""Answer: questions to cited answers, through the ontology or passage retrieval (issue 4)."""
