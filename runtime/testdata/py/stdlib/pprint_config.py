from pprint import pprint, pformat, pp
config = {
    "server": {"host": "localhost", "port": 8080, "routes": ["/", "/api", "/static", "/health", "/metrics"]},
    "database": {"url": "postgres://user@localhost/db", "pool": {"min": 1, "max": 10}, "replicas": []},
    "features": {"beta": True, "dark_mode": False, "languages": ("en", "ja", "fr", "de", "es", "pt", "zh")},
    "users": [{"id": i, "name": f"user{i}", "roles": ["read"] + (["write"] if i % 2 else [])} for i in range(4)],
}
pprint(config)
pprint(config, width=100, sort_dicts=False)
pp(config["users"], width=60)
print(pformat(config["server"], indent=4))
matrix = [[i * j for j in range(12)] for i in range(5)]
pprint(matrix, compact=True, width=60)
pprint(matrix, width=60)
pprint(set("hello world"), width=20)
pprint(list(range(100)), compact=True)
