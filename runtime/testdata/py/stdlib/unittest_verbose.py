# unittest.main(verbosity=2): one line per test, docstrings, subtests, setUpClass errors,
# diffs of unequal lists, dicts and strings, and cleanups.
import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        print("never printed")


class Diffs(unittest.TestCase):
    maxDiff = None

    def test_dict(self):
        """Dicts show a diff."""
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_list(self):
        self.assertEqual([1, "two", 3.0], [1, "too", 3.0, 4])

    def test_str(self):
        self.assertEqual("first line\nsecond line\n", "first line\nsecund line\nthird\n")

    def test_tuple_msg(self):
        self.assertEqual((1, 2), (1, 2, 3), "tuples")

    def test_passes(self):
        """Docstring first line.

        More text that is not shown."""
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(print, "cleanup 2")

    def test_subtests(self):
        for n in (2, 3, 4):
            with self.subTest("odd check", n=n):
                self.assertEqual(n % 2, 0)
        with self.subTest(stage="outer"):
            with self.subTest(inner=1):
                raise ValueError("inside")

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
