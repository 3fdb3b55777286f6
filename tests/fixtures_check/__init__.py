"""Checks that the hand-written parser fixtures are well formed."""
