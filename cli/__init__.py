"""The ``kaga-twin`` command line: import, SQL, info and headless rendering. No Qt."""
