import socket
import urllib.request
import torch

before = torch.zeros(3)
connection = socket.create_connection(("127.0.0.1", __PORT__))
connection.sendall(b"hello from the analysis")
raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
raw.connect(("127.0.0.1", __PORT__))
urllib.request.urlopen("http://127.0.0.1:__PORT__/")
after = torch.ones(2, 2)
