"""The UNDoc grammar (undoc.lark), shipped inside the package as data."""
