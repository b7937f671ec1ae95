/* importers.plateau._rings: the rings, polygon ids and xlinks under a geometry property, read straight from lxml's
 * libxml2 tree in one walk.
 *
 * The compiled fast path of common.collect_polygons and common.xlink_refs, which otherwise evaluate XPath
 * expressions (three per LOD2 property). The walk gives exactly what those expressions select, in document order:
 *   rings(prop, texts, want_ids)
 *       the items of .//gml:interior | .//gml:posList/text() | .//gml:LinearRing[not(gml:posList/text())]:
 *       every posList text is appended to the list ``texts``; returns (rings per polygon: list[int], the values
 *       of .//gml:Polygon/@gml:id: list[str] or None without want_ids); False when a ring has no posList text (or
 *       an interior comes first): the caller reads the property the slow way; None when the tree holds anything
 *       this walk does not read the way XPath does (an entity reference, an attribute value in pieces): the
 *       caller evaluates the XPath expressions. On False or None ``texts`` is left as it was.
 *   hrefs(prop)
 *       the values of .//gml:surfaceMember/@xlink:href (list[str]), or None as above.
 * configure(element_type, gml_ns, xlink_ns) is called once: the lxml element class (whose objects start with the
 * libxml2 node pointer, lxml's public C struct LxmlElement) and the namespaces. common.py checks the walk against
 * the XPath expressions on a sample tree before it uses it, and keeps the XPath path otherwise.
 *
 * The structs below mirror the start of libxml2's public xmlNode, xmlAttr and xmlNs (tree.h; unchanged through
 * libxml2 2.x) and lxml's LxmlElement (lxml.etree.h): only their leading fields are read.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct Ns {
    struct Ns *next;
    int type;
    const char *href;
    const char *prefix;
} Ns;

struct Attr;

typedef struct Node {
    void *_private;
    int type;
    const char *name;
    struct Node *children;
    struct Node *last;
    struct Node *parent;
    struct Node *next;
    struct Node *prev;
    void *doc;
    Ns *ns;
    char *content;
    struct Attr *properties;
} Node;

typedef struct Attr {
    void *_private;
    int type;
    const char *name;
    struct Node *children;
    struct Node *last;
    struct Node *parent;
    struct Attr *next;
    struct Attr *prev;
    void *doc;
    Ns *ns;
} Attr;

typedef struct {
    PyObject_HEAD
    void *doc;
    Node *c_node;
} LxmlElement;

enum { ELEMENT = 1, TEXT = 3, CDATA = 4, PI = 7, COMMENT = 8 };

static PyTypeObject *element_type = NULL;
static char *gml_ns = NULL;
static char *xlink_ns = NULL;

static int is_gml(const Node *n, const char *local) {
    return n->type == ELEMENT && n->ns != NULL && n->ns->href != NULL && strcmp(n->ns->href, gml_ns) == 0 &&
           strcmp(n->name, local) == 0;
}

/* the next node of a pre-order walk of root's descendants, or NULL at the end */
static Node *next_node(Node *n, Node *root) {
    if (n->type == ELEMENT && n->children != NULL)
        return n->children;
    while (n != root) {
        if (n->next != NULL)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

/* 1: the value of attribute (ns, local) of n is in *out (NULL when n has none); 0: it is not one plain text node */
static int attribute(const Node *n, const char *ns, const char *local, const char **out) {
    *out = NULL;
    for (const Attr *a = n->properties; a != NULL; a = a->next) {
        if (a->ns == NULL || a->ns->href == NULL || strcmp(a->ns->href, ns) != 0 || strcmp(a->name, local) != 0)
            continue;
        if (a->children == NULL) {
            *out = "";
            return 1;
        }
        if (a->children->type != TEXT || a->children->next != NULL || a->children->content == NULL)
            return 0;
        *out = a->children->content;
        return 1;
    }
    return 1;
}

static int append_text(PyObject *list, const char *text) {
    PyObject *s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), NULL);
    if (s == NULL)
        return -1;
    int rc = PyList_Append(list, s);
    Py_DECREF(s);
    return rc;
}

static Node *node_of(PyObject *obj) {
    if (element_type == NULL || gml_ns == NULL || !PyObject_TypeCheck(obj, element_type))
        return NULL;
    Node *n = ((LxmlElement *)obj)->c_node;
    return n != NULL && n->type == ELEMENT ? n : NULL;   /* a comment or PI: XPath refuses it, and says so */
}

/* a LinearRing with no posList child that has text: XPath's gml:LinearRing[not(gml:posList/text())] */
static int ring_without_text(const Node *ring) {
    for (const Node *c = ring->children; c != NULL; c = c->next) {
        if (!is_gml(c, "posList"))
            continue;
        for (const Node *t = c->children; t != NULL; t = t->next)
            if (t->type == TEXT || t->type == CDATA)
                return 0;
    }
    return 1;
}

enum { OK = 0, SLOW = 1, FALLBACK = 2, ERROR = 3 };

static int walk_rings(Node *root, PyObject *texts, PyObject *nrings, PyObject *pids) {
    int interior = 0;
    for (Node *n = next_node(root, root); n != NULL; n = next_node(n, root)) {
        switch (n->type) {
        case ELEMENT:
            if (n->ns == NULL || n->ns->href == NULL || strcmp(n->ns->href, gml_ns) != 0)
                break;
            if (strcmp(n->name, "interior") == 0) {
                if (PyList_GET_SIZE(nrings) == 0)
                    return SLOW;
                interior = 1;
            } else if (strcmp(n->name, "LinearRing") == 0) {
                if (ring_without_text(n))
                    return SLOW;
            } else if (pids != NULL && strcmp(n->name, "Polygon") == 0) {
                const char *id;
                if (!attribute(n, gml_ns, "id", &id))
                    return FALLBACK;
                if (id != NULL && append_text(pids, id) < 0)
                    return ERROR;
            }
            break;
        case TEXT:
        case CDATA:
            if (n->parent == NULL || !is_gml(n->parent, "posList"))
                break;
            if (interior) {
                Py_ssize_t last = PyList_GET_SIZE(nrings) - 1;
                long k = PyLong_AsLong(PyList_GET_ITEM(nrings, last));
                PyObject *v = PyLong_FromLong(k + 1);
                if (v == NULL)
                    return ERROR;
                PyList_SetItem(nrings, last, v);   /* steals v */
                interior = 0;
            } else {
                PyObject *one = PyLong_FromLong(1);
                int rc = one == NULL ? -1 : PyList_Append(nrings, one);
                Py_XDECREF(one);
                if (rc < 0)
                    return ERROR;
            }
            if (append_text(texts, n->content != NULL ? n->content : "") < 0)
                return ERROR;
            break;
        case COMMENT:
        case PI:
            break;
        default:   /* entity references, XInclude markers, …: not read the way XPath reads them */
            return FALLBACK;
        }
    }
    return OK;
}

static PyObject *rings(PyObject *self, PyObject *args) {
    PyObject *prop, *texts;
    int want_ids;
    if (!PyArg_ParseTuple(args, "OO!p", &prop, &PyList_Type, &texts, &want_ids))
        return NULL;
    Node *root = node_of(prop);
    if (root == NULL)
        Py_RETURN_NONE;
    Py_ssize_t mark = PyList_GET_SIZE(texts);
    PyObject *nrings = PyList_New(0);
    PyObject *pids = want_ids ? PyList_New(0) : NULL;
    if (nrings == NULL || (want_ids && pids == NULL)) {
        Py_XDECREF(nrings);
        Py_XDECREF(pids);
        return NULL;
    }
    int rc = walk_rings(root, texts, nrings, pids);
    if (rc == OK && PyList_GET_SIZE(nrings) == 0 && pids != NULL && PyList_GET_SIZE(pids) > 0)
        rc = PyList_SetSlice(pids, 0, PyList_GET_SIZE(pids), NULL) < 0 ? ERROR : OK;  /* no rings: no ids, as XPath */
    if (rc == OK) {
        PyObject *out = PyTuple_Pack(2, nrings, pids != NULL ? pids : Py_None);
        Py_DECREF(nrings);
        Py_XDECREF(pids);
        return out;
    }
    Py_DECREF(nrings);
    Py_XDECREF(pids);
    if (rc == ERROR && !PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
        return NULL;
    PyErr_Clear();
    if (PyList_SetSlice(texts, mark, PyList_GET_SIZE(texts), NULL) < 0)
        return NULL;
    if (rc == SLOW)
        Py_RETURN_FALSE;
    Py_RETURN_NONE;
}

static PyObject *hrefs(PyObject *self, PyObject *prop) {
    Node *root = node_of(prop);
    if (root == NULL)
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Node *n = next_node(root, root); n != NULL; n = next_node(n, root)) {
        if (n->type == ELEMENT) {
            if (!is_gml(n, "surfaceMember"))
                continue;
            const char *href;
            if (!attribute(n, xlink_ns, "href", &href))
                goto fallback;
            if (href != NULL && append_text(out, href) < 0) {
                if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
                    Py_DECREF(out);
                    return NULL;
                }
                PyErr_Clear();
                goto fallback;
            }
        } else if (n->type != TEXT && n->type != CDATA && n->type != COMMENT && n->type != PI) {
            goto fallback;
        }
    }
    return out;
fallback:
    Py_DECREF(out);
    Py_RETURN_NONE;
}

static PyObject *configure(PyObject *self, PyObject *args) {
    PyObject *type;
    const char *gml, *xlink;
    if (!PyArg_ParseTuple(args, "O!ss", &PyType_Type, &type, &gml, &xlink))
        return NULL;
    char *g = PyMem_Malloc(strlen(gml) + 1), *x = PyMem_Malloc(strlen(xlink) + 1);
    if (g == NULL || x == NULL) {
        PyMem_Free(g);
        PyMem_Free(x);
        return PyErr_NoMemory();
    }
    strcpy(g, gml);
    strcpy(x, xlink);
    PyMem_Free(gml_ns);
    PyMem_Free(xlink_ns);
    gml_ns = g;
    xlink_ns = x;
    Py_INCREF(type);
    Py_XDECREF(element_type);
    element_type = (PyTypeObject *)type;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"configure", configure, METH_VARARGS, "configure(element_type, gml_ns, xlink_ns) -> None"},
    {"rings", rings, METH_VARARGS,
     "rings(prop, texts: list, want_ids: bool) -> (list[int], list[str] | None) | False (slow path) | None (XPath)"},
    {"hrefs", hrefs, METH_O, "hrefs(prop) -> list[str] | None (XPath)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_rings",
                                    "rings, polygon ids and xlinks under a geometry property, read from lxml's tree",
                                    -1, methods};

PyMODINIT_FUNC PyInit__rings(void) { return PyModule_Create(&module); }
