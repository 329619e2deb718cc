"""Plain-Python domain: types, text normalisation, offsets. No Qt, no SQL."""
