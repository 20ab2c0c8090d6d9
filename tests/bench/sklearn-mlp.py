"""Reference for the bench's training throughput: scikit-learn's MLPClassifier on the CSV.

Usage: sklearn-mlp.py CSV ROWS EPOCHS LEARNING_RATE SEED
Trains on the first ROWS rows (features: every column but the last; target: the last), two
hidden layers of 64 (relu), adam, batch 64, EPOCHS epochs, no early stopping. Prints one JSON
object: rows, epochs run, fit seconds, samples/s (rows x epochs / fit time), versions.
"""

import json
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier


def main() -> None:
    path, rows, epochs, rate, seed = sys.argv[1:6]
    rows, epochs, rate, seed = int(rows), int(epochs), float(rate), int(seed)
    with open(path, encoding="utf-8") as handle:
        handle.readline()
        lines = [line.rstrip("\n").split(",") for _, line in zip(range(rows), handle)]
    x = np.array([[float(v) for v in line[:-1]] for line in lines], dtype=np.float32)
    y = np.array([line[-1] for line in lines])
    model = MLPClassifier(
        hidden_layer_sizes=(64, 64),
        activation="relu",
        solver="adam",
        batch_size=64,
        learning_rate_init=rate,
        max_iter=epochs,
        early_stopping=False,
        tol=0.0,
        n_iter_no_change=epochs + 1,
        alpha=0.0,
        random_state=seed,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        started = time.perf_counter()
        model.fit(x, y)
        seconds = time.perf_counter() - started
    result = {
        "rows": len(lines),
        "features": int(x.shape[1]),
        "epochs": int(model.n_iter_),
        "seconds": seconds,
        "samplesPerSecond": len(lines) * model.n_iter_ / seconds,
        "accuracy": float(model.score(x, y)),
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
