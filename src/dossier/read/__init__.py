"""Read: files, directories, records, feeds and stdin into normalised Documents.

`read.sources.read_sources` is the entry point and `read.options.ReadOptions` its
settings; the package itself imports nothing, so a module that needs only the
fingerprints does not pay for the HTML and feed parsers.
"""
