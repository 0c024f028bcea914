# unittest.mock with unittest: patch as a method and class decorator, a failing assert.
import unittest
from unittest import mock


class Client:
    def get(self, url):
        raise RuntimeError("no network")

    def fetch_title(self, url):
        return self.get(url).split(":")[0]


@mock.patch.object(Client, "get", return_value="Title: body")
class ClassPatched(unittest.TestCase):
    def test_title(self, get):
        self.assertEqual(Client().fetch_title("u"), "Title")
        get.assert_called_once_with("u")

    def test_not_called(self, get):
        get.assert_not_called()


class MethodPatched(unittest.TestCase):
    @mock.patch.object(Client, "get")
    def test_side_effect(self, get):
        get.side_effect = ["a:1", "b:2"]
        c = Client()
        self.assertEqual([c.fetch_title("x"), c.fetch_title("y")], ["a", "b"])
        get.assert_has_calls([mock.call("x"), mock.call("y")])

    def test_wrong_call(self):
        m = mock.Mock()
        m.send("hello", retries=3)
        m.send.assert_called_with("hello", retries=2)

    def test_context(self):
        with mock.patch.object(Client, "get", side_effect=TimeoutError("slow")):
            with self.assertRaises(TimeoutError):
                Client().fetch_title("z")


if __name__ == "__main__":
    unittest.main(verbosity=2)
