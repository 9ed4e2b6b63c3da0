"""The tables wirenews parses with.

Agencies, months, regions, end markers, trailers, header words and time zones: each module
says where its entries come from, and adding an agency or a marker is a change here only.
"""
