"""Fixtures shared by several test modules."""

pytest_plugins = ["pg_cluster", "redis_server"]
