"""unittest.mock is not available in Asobiba yet: importing it raises NotImplementedError."""
raise NotImplementedError("unittest.mock is not supported in Asobiba")
