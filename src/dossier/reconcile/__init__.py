"""Reconcile: corroborated, conflicting and single-source verdicts per claim group (issue 4)."""
