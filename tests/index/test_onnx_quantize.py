"""The int8 query model's quantizer: every MatMul by a constant matrix becomes an 8-bit MatMulNBits
whose products stay within rounding of fp32's, whatever the matrix's shape."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

from index import onnx_embed


def matmul_graph(path, weights: dict[str, np.ndarray]) -> None:
    """x @ W1 (@ W2 ...), each W an initializer; plus x @ x^T, which has no constant to quantize."""
    rows = next(iter(weights.values())).shape[0]
    nodes, current = [], "x"
    for name in weights:
        nodes.append(helper.make_node("MatMul", [current, name], [f"{name}_out"], name=f"mm_{name}"))
        current = f"{name}_out"
    nodes.append(helper.make_node("Transpose", ["x"], ["xt"], perm=[1, 0]))
    nodes.append(helper.make_node("MatMul", ["x", "xt"], ["gram"], name="mm_gram"))
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", rows])],
        [helper.make_tensor_value_info(current, TensorProto.FLOAT, None),
         helper.make_tensor_value_info("gram", TensorProto.FLOAT, None)],
        [numpy_helper.from_array(w, name) for name, w in weights.items()])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.save_model(model, str(path), save_as_external_data=True, location="w.data", size_threshold=0)


def run(path, x: np.ndarray) -> list[np.ndarray]:
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})


@pytest.mark.parametrize("rows", [onnx_embed.INT8_BLOCK * 6, onnx_embed.INT8_BLOCK + 37, 5])
def test_each_constant_matmul_is_quantized_and_stays_close(tmp_path, rows):
    """Rows a multiple of the block, not one (the last block padded), and fewer than one block."""
    rng = np.random.default_rng(7)
    weights = {"w1": rng.standard_normal((rows, 48)).astype(np.float32) * 0.05,
               "w2": rng.standard_normal((48, 24)).astype(np.float32) * 0.05}
    weights["w2"][:, 3] = 0.0  # an all-zero column must give zeros back, not NaN
    source, target = tmp_path / "model.onnx", tmp_path / onnx_embed.INT8_FILE
    matmul_graph(source, weights)
    onnx_embed._quantize(source, target)

    model = onnx.load(str(target), load_external_data=False)
    ops = [node.op_type for node in model.graph.node]
    assert ops.count("MatMulNBits") == 2 and ops.count("MatMul") == 1  # x @ x^T has no constant
    assert {"w1", "w2"}.isdisjoint(init.name for init in model.graph.initializer)  # the fp32 copies are gone
    assert (tmp_path / onnx_embed.INT8_DATA).is_file()

    x = rng.standard_normal((11, rows)).astype(np.float32)
    (expected, gram), (found, found_gram) = run(source, x), run(target, x)
    # The zero column: zeros, to the kernel's rounding (not NaN from a zero scale).
    assert np.isfinite(found).all() and np.abs(found[:, 3]).max() < 1e-3 * np.abs(found).max()
    cosines = np.sum(expected * found, axis=1) / np.linalg.norm(expected, axis=1) / np.linalg.norm(found, axis=1)
    assert cosines.min() > 0.999, cosines
    np.testing.assert_allclose(found_gram, gram, rtol=1e-5, atol=1e-4)


def test_a_graph_without_constant_matmuls_is_refused(tmp_path):
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 4])
    graph = helper.make_graph([helper.make_node("Relu", ["x"], ["y"])], "g", [x],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)])
    onnx.save_model(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(tmp_path / "m.onnx"))
    with pytest.raises(RuntimeError, match="no MatMul by a constant matrix"):
        onnx_embed._quantize(tmp_path / "m.onnx", tmp_path / onnx_embed.INT8_FILE)
