# unittest.main(): dots, failures with CPython's messages, errors, skips, and exit status 1.
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.items), 6)

    def test_fails(self):
        self.assertEqual(sum(self.items), 7)

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)

    def test_messages(self):
        self.assertIn(4, self.items, "custom note")


class Other(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_a(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        print("caught", repr(cm.exception))

    def test_b_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    @unittest.skipIf(True, "condition holds")
    def test_c(self):
        pass


if __name__ == "__main__":
    unittest.main()
