"""A policy-gradient rollout buffer: transitions appended through methods, in loops of random length; a replay
memory read back as column tensors with map(torch.tensor, zip(*memory)); actions drawn from Categorical and
Normal distributions (sample, rsample, log_prob, entropy); a replay memory that learns once it is full (a method
whose answer changes as the object fills); a prioritised replay buffer of numpy arrays made with keyword
arguments, sampled with an array of indexes."""

import random

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical, Normal

random.seed(3)
torch.manual_seed(3)


class Policy(nn.Module):
    def __init__(self, n_obs=6, n_act=3):
        super().__init__()
        self.body = nn.Linear(n_obs, 32)
        self.head = nn.Linear(32, n_act)
        self.value = nn.Linear(32, 1)
        self.steps = []
        self.last_loss = None

    def act(self, obs):
        h = F.relu(self.body(obs))
        probs = F.softmax(self.head(h), dim=-1)
        return probs

    def remember(self, obs, action, reward, done):
        self.steps.append((obs, action, reward, done))

    def batch(self):
        obs_list, act_list, rew_list, mask_list = [], [], [], []
        for obs, action, reward, done in self.steps:
            obs_list.append(obs)
            act_list.append([action])
            rew_list.append([reward])
            mask_list.append([0.0 if done else 1.0])
        obs_b = torch.stack(obs_list)
        act_b = torch.tensor(act_list)
        rew_b = torch.tensor(rew_list)
        mask_b = torch.tensor(mask_list)
        self.steps = []
        return obs_b, act_b, rew_b, mask_b

    def learn(self):
        obs_b, act_b, rew_b, mask_b = self.batch()
        h = F.relu(self.body(obs_b))
        values = self.value(h)
        target = rew_b + 0.9 * values.detach() * mask_b
        loss = F.smooth_l1_loss(values, target)
        if random.random() < 0.5:
            self.last_loss = loss.detach().unsqueeze(0)
        return loss


policy = Policy()
optimizer = torch.optim.Adam(policy.parameters(), lr=1e-3)
for episode in range(3):
    obs = torch.randn(6)
    done = False
    while not done:
        for t in range(random.randint(2, 9)):
            probs = policy.act(obs)
            action = torch.multinomial(probs, 1).item()
            next_obs = torch.randn(6)
            done = random.random() < 0.2
            policy.remember(obs, action, random.random(), done)
            obs = next_obs
            if done:
                break
        loss = policy.learn()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    history = policy.last_loss

memory = []
for step in range(random.randint(20, 40)):
    state = [0.1 * step, 0.5, -0.2 * step, 1.0]
    next_state = [0.1 * (step + 1), 0.5, -0.2 * (step + 1), 1.0]
    memory.append((state, step % 2, 1.0, next_state, float(step % 7 == 0)))

states, actions, rewards, next_states, dones = map(torch.tensor, zip(*memory))
q_net = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
q_values = q_net(states)
chosen = q_values.gather(1, actions.unsqueeze(1)).squeeze(1)
with torch.no_grad():
    next_q = q_net(next_states).max(dim=1).values
target = rewards + 0.99 * next_q * (1.0 - dones)
loss = F.smooth_l1_loss(chosen, target)

pairs = [(s, a) for s, a, _, _, _ in memory]
observed, taken = zip(*pairs)
observed = torch.FloatTensor(observed)
taken = torch.LongTensor(taken)
logits = q_net(observed)
picked = logits[torch.arange(len(taken)), taken]

dist = Categorical(logits=logits)
sampled = dist.sample()
log_probs = dist.log_prob(sampled)
entropy = dist.entropy().mean()
actor_mean = nn.Linear(4, 2)(observed)
gaussian = Normal(actor_mean, torch.ones(2) * 0.5)
continuous = gaussian.rsample()
continuous_log_prob = gaussian.log_prob(continuous).sum(dim=-1)
draws = gaussian.sample((3,))


class Replay:
    def __init__(self, capacity):
        self.capacity = capacity
        self.size = 0

    def add(self):
        self.size = min(self.capacity, self.size + 1)

    def is_full(self):
        return self.size == self.capacity


def evaluate(batch):
    hidden = q_net[0](batch)
    return q_net[2](torch.relu(hidden))


replay = Replay(3)
for _ in range(5):
    replay.add()
    if replay.is_full():
        learned = evaluate(torch.randn(8, 4))
acted = evaluate(torch.randn(1, 4))


class ArrayReplay:
    def __init__(self, capacity):
        self.data = {
            "obs": np.zeros(shape=(capacity, 2, 6, 6), dtype=np.uint8),
            "action": np.zeros(shape=capacity, dtype=np.int32),
            "reward": np.zeros(shape=capacity, dtype=np.float32),
        }
        self.capacity = capacity

    def sample(self, batch_size):
        samples = {"indexes": np.zeros(shape=batch_size, dtype=np.int32)}
        for i in range(batch_size):
            samples["indexes"][i] = random.randrange(self.capacity)
        for key, column in self.data.items():
            samples[key] = column[samples["indexes"]]
        return samples


memory = ArrayReplay(20)
drawn = memory.sample(5)
drawn_obs = torch.tensor(drawn["obs"], dtype=torch.float32) / 255.0
drawn_actions = torch.from_numpy(drawn["action"]).long()
drawn_rewards = torch.from_numpy(drawn["reward"])
grid = memory.data["obs"][np.random.randint(0, 20, size=(3, 4))]
grid_frames = torch.from_numpy(grid)
q_values = torch.randn(5, 3)
taken_actions = q_values.new_tensor(drawn["action"])
q_taken = q_values.gather(1, taken_actions.long().unsqueeze(1)).squeeze(1)
