"""Engine tests: a LightningModule is an nn.Module, and a Trainer runs its steps as Lightning does: `fit` calls
`training_step` on the training loader's batches and `validation_step` on the validation loader's, loaders from
a datamodule or the module itself; `test` calls `test_step`. Truths come from running Lightning."""

import pytest
from engine_support import hints_and_truth

pytestmark = pytest.mark.filterwarnings("ignore")  # Lightning's own deprecation and "few workers" warnings

LIGHTNING = """
import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Classifier(pl.LightningModule):
    def __init__(self, width=16):
        super().__init__()
        self.save_hyperparameters()
        self.body = nn.Sequential(nn.Linear(6, width), nn.ReLU(), nn.Linear(width, 3))

    def forward(self, x):
        return self.body(x)

    def training_step(self, batch, batch_idx):
        global train_logits, train_loss
        x, y = batch
        train_logits = self(x)
        train_loss = F.cross_entropy(train_logits, y)
        self.log("loss", train_loss)
        return train_loss

    def validation_step(self, batch, batch_idx):
        global val_probs
        x, y = batch
        val_probs = self(x).softmax(-1)

    def test_step(self, batch, batch_idx):
        global test_scores
        test_scores = self(batch[0]).max(-1).values

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


class Batches(pl.LightningDataModule):
    def train_dataloader(self):
        return DataLoader(TensorDataset(torch.randn(20, 6), torch.randint(0, 3, (20,))), batch_size=5)

    def val_dataloader(self):
        return DataLoader(TensorDataset(torch.randn(6, 6), torch.randint(0, 3, (6,))), batch_size=3)


quiet = dict(logger=False, enable_checkpointing=False, enable_progress_bar=False, enable_model_summary=False)
model = Classifier()
pl.Trainer(max_epochs=1, **quiet).fit(model, datamodule=Batches())
tests = DataLoader(TensorDataset(torch.randn(4, 6)), batch_size=2)
pl.Trainer(**quiet).test(model, dataloaders=tests)
"""


def test_trainers_run_the_steps_on_their_loaders_batches(monkeypatch):
    found, truth = hints_and_truth(LIGHTNING, monkeypatch)
    names = ("train_logits", "train_loss", "val_probs", "test_scores")
    assert {name: found.get(name) for name in names} == {name: truth[name] for name in names}
    assert truth["train_logits"] == "[5, 3]" and truth["test_scores"] == "[2]"


def test_the_lightning_package_names_the_same_classes():
    import textwrap

    import torch
    from torch_lsp.analysis.engine import analyse

    def hints(source: str) -> dict[str, str]:
        analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
        return {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}

    unified = LIGHTNING.replace("import pytorch_lightning as pl", "import lightning.pytorch as pl")
    named = LIGHTNING.replace("import pytorch_lightning as pl", "from lightning import pytorch as pl")
    assert hints(unified) == hints(named) == hints(LIGHTNING) != {}
