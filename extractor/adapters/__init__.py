"""Adapters: other extractors behind our interface. Each imports its library only when called."""
