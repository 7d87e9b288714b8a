"""What Dossier knows before it reads anything: the ontology (entities, aliases,
predicates, cues, question forms), the offline gazetteer and the lexicons, all
loaded from data files under `knowledge/data/` that a user's file can extend."""
