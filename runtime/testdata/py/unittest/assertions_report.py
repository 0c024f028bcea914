import unittest

def add(a, b):
    return a + b

class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]

    def test_add(self):
        self.assertEqual(add(2, 3), 5)

    def test_fail_int(self):
        self.assertEqual(add(2, 2), 5)

    def test_list(self):
        self.assertEqual(self.data + [4], [1, 2, 3, 5])

    def test_str(self):
        self.assertEqual("hello world", "hello there")

    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error(self):
        raise KeyError("missing")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertIn("invalid literal", str(cm.exception))

    def test_raises_fail(self):
        with self.assertRaises(TypeError):
            pass

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(3, 2)
        self.assertRegex("abc123", r"\d+")

    def test_msgs(self):
        self.assertTrue(0, "custom message")

class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = "ready"

    def test_shared(self):
        """Checks the shared fixture."""
        self.assertEqual(self.shared, "ready")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_tuple_len(self):
        self.assertEqual((1, 2, 3), (1, 2))

if __name__ == "__main__":
    unittest.main()
