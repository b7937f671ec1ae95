/* importers.plateau._columns: a list of str (or None) -> the packed string column of packing.strings, in one pass.
 *
 * strings(values) returns (lengths, data, valid): the UTF-8 byte length of every value as native int64 bytes, all
 * values' UTF-8 end to end (bytes), and one byte per value (1 = a string, 0 = None) as bytes, or None for valid
 * when no value is None. It returns None for a list holding anything but str and None (the Python path then raises
 * its error); a str that UTF-8 cannot encode (a lone surrogate) raises UnicodeEncodeError, as str.encode does.
 * packing.strings turns the lengths into offsets, so both paths give the same column.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

static PyObject *strings(PyObject *self, PyObject *arg) {
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "strings() takes a list");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(arg);
    int64_t *lengths = PyMem_Malloc(sizeof(int64_t) * (n ? n : 1));
    char *valid = PyMem_Malloc(n ? n : 1);
    PyObject *result = NULL, *data = NULL;
    if (!lengths || !valid) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t total = 0, nulls = 0;
    for (Py_ssize_t i = 0; i < n; i++) {   /* lengths first (this also makes each str's UTF-8, cached in it) */
        PyObject *v = PyList_GET_ITEM(arg, i);
        if (v == Py_None) {
            lengths[i] = 0;
            valid[i] = 0;
            nulls++;
            continue;
        }
        if (!PyUnicode_Check(v)) {
            result = Py_NewRef(Py_None);
            goto done;
        }
        Py_ssize_t size;
        if (!PyUnicode_AsUTF8AndSize(v, &size))
            goto done;
        lengths[i] = size;
        valid[i] = 1;
        total += size;
    }
    data = PyBytes_FromStringAndSize(NULL, total);
    if (!data)
        goto done;
    char *o = PyBytes_AS_STRING(data);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!valid[i])
            continue;
        Py_ssize_t size;
        const char *u = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(arg, i), &size);
        if (!u)
            goto done;
        memcpy(o, u, (size_t)size);
        o += size;
    }
    PyObject *l = PyBytes_FromStringAndSize((const char *)lengths, (Py_ssize_t)sizeof(int64_t) * n);
    PyObject *m = nulls ? PyBytes_FromStringAndSize(valid, n) : Py_NewRef(Py_None);
    if (l && m)
        result = PyTuple_Pack(3, l, data, m);
    Py_XDECREF(l);
    Py_XDECREF(m);
done:
    Py_XDECREF(data);
    PyMem_Free(lengths);
    PyMem_Free(valid);
    return result;
}

static PyMethodDef methods[] = {
    {"strings", strings, METH_O,
     "strings(values: list[str | None]) -> (int64 UTF-8 lengths bytes, data bytes, validity bytes | None) | None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_columns",
                                    "str columns -> packed UTF-8 (the compiled fast path of packing.strings)", -1,
                                    methods};

PyMODINIT_FUNC PyInit__columns(void) { return PyModule_Create(&module); }
