/* importers.plateau._tree: what the parser reads most often, read straight from the libxml2 nodes behind lxml's
 * elements, without an lxml proxy or an XPath evaluation per node.
 *
 * The compiled fast path of importers/plateau/tree_access.py, whose Python functions (XPath expressions and lxml
 * calls) say what each returns and give the same results without it:
 *   rings(prop, texts, want_ids)
 *       the items of .//gml:interior | .//gml:posList/text() | .//gml:LinearRing[not(gml:posList/text())]:
 *       every posList text is appended to the list ``texts``; returns (rings per polygon: list[int], the values
 *       of .//gml:Polygon/@gml:id: list[str] or None without want_ids); False when a ring has no posList text (or
 *       an interior comes first): the caller reads the property the slow way. On False or None ``texts`` is left
 *       as it was.
 *   hrefs(prop)
 *       the values of .//gml:surfaceMember/@xlink:href (list[str]).
 *   gen_text(el)
 *       lxml's .text of el's first gen:value child element, or None without one.
 *   gen_items(el)
 *       (kind, name, text, index) for every gen:* attribute child of el: the local name, the un-namespaced name
 *       attribute, gen_text of the child, and its index among lxml's children (elements, comments, PIs, entities).
 *   child_items(el)
 *       (tag, number of children, text, codeSpace, uom, xlink:href, index) for every element child of el, as lxml
 *       gives them (.tag, len(), .text, .get(...)); index among lxml's children.
 *   texts(el)
 *       the values of descendant::text() (an address's xAL names, joined by common.address_text).
 * Each returns None (False for gen_text, which may itself return None) when the tree holds anything this code does
 * not read the way lxml does (an entity reference in a walked subtree, an attribute value in pieces, an object that
 * is not an lxml element): the caller then takes the Python path.
 * configure(element_type, gml_ns, xlink_ns, gen_ns) is called once: the lxml element class (whose objects start
 * with the libxml2 node pointer, lxml's public C struct LxmlElement) and the namespaces. tree_access.py checks these
 * functions against the Python paths on a sample tree before it uses them, and keeps the Python paths otherwise.
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

enum { ELEMENT = 1, TEXT = 3, CDATA = 4, ENTITY_REF = 5, PI = 7, COMMENT = 8, XINCLUDE_START = 19,
       XINCLUDE_END = 20 };

static PyTypeObject *element_type = NULL;
static char *gml_ns = NULL;
static char *xlink_ns = NULL;
static char *gen_ns = NULL;

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

/* 1: the value of attribute (ns, local) of n (ns NULL: un-namespaced) is in *out (NULL when n has none); 0: it is
 * not one plain text node */
static int attribute(const Node *n, const char *ns, const char *local, const char **out) {
    *out = NULL;
    for (const Attr *a = n->properties; a != NULL; a = a->next) {
        if (strcmp(a->name, local) != 0)
            continue;
        if (ns == NULL ? a->ns != NULL : (a->ns == NULL || a->ns->href == NULL || strcmp(a->ns->href, ns) != 0))
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

/* lxml's _textNodeOrSkip: n if it is text, past XInclude markers, else NULL */
static const Node *text_or_skip(const Node *n) {
    while (n != NULL) {
        if (n->type == TEXT || n->type == CDATA)
            return n;
        if (n->type != XINCLUDE_START && n->type != XINCLUDE_END)
            return NULL;
        n = n->next;
    }
    return NULL;
}

/* lxml's .text of el (its _collectText of the children): a new str, Py_None (new reference) or NULL on error */
static PyObject *text_of(const Node *el) {
    const Node *first = text_or_skip(el->children);
    const char *last_text = NULL;
    Py_ssize_t count = 0, size = 0;
    for (const Node *t = first; t != NULL; t = text_or_skip(t->next)) {
        const char *c = t->content != NULL ? t->content : "";
        if (c[0] != '\0')
            last_text = c;
        size += (Py_ssize_t)strlen(c);
        count++;
    }
    if (last_text == NULL) {
        if (count > 0)
            return PyUnicode_FromStringAndSize("", 0);
        Py_RETURN_NONE;
    }
    if (count == 1)
        return PyUnicode_DecodeUTF8(last_text, (Py_ssize_t)strlen(last_text), NULL);
    char *buf = PyMem_Malloc((size_t)size + 1);
    if (buf == NULL)
        return PyErr_NoMemory();
    Py_ssize_t at = 0;
    for (const Node *t = first; t != NULL; t = text_or_skip(t->next)) {
        const char *c = t->content != NULL ? t->content : "";
        size_t len = strlen(c);
        memcpy(buf + at, c, len);
        at += (Py_ssize_t)len;
    }
    PyObject *out = PyUnicode_DecodeUTF8(buf, at, NULL);
    PyMem_Free(buf);
    return out;
}

/* one of lxml's children (what len(el), el[i] and iteration count) */
static int is_lxml_child(const Node *c) {
    return c->type == ELEMENT || c->type == COMMENT || c->type == PI || c->type == ENTITY_REF;
}

static int is_gen(const Node *n, const char *local) {
    return n->type == ELEMENT && n->ns != NULL && n->ns->href != NULL && strcmp(n->ns->href, gen_ns) == 0 &&
           (local == NULL || strcmp(n->name, local) == 0);
}

/* .text of the first gen:value child of el (new reference: a str or None) */
static PyObject *value_text(const Node *el) {
    for (const Node *c = el->children; c != NULL; c = c->next)
        if (is_gen(c, "value"))
            return text_of(c);
    Py_RETURN_NONE;
}

static PyObject *gen_text(PyObject *self, PyObject *el) {
    Node *n = node_of(el);
    if (n == NULL || gen_ns == NULL)
        Py_RETURN_FALSE;
    return value_text(n);
}

static const char *const GEN_KINDS[] = {"stringAttribute", "intAttribute", "doubleAttribute", "measureAttribute",
                                        "dateAttribute", "uriAttribute", "genericAttributeSet"};
#define N_KINDS (sizeof(GEN_KINDS) / sizeof(GEN_KINDS[0]))
static PyObject *kind_names[N_KINDS];

static PyObject *gen_items(PyObject *self, PyObject *el) {
    Node *n = node_of(el);
    if (n == NULL || gen_ns == NULL)
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t index = 0;
    for (const Node *c = n->children; c != NULL; c = c->next) {
        if (!is_lxml_child(c))
            continue;
        Py_ssize_t i = index++;
        if (!is_gen(c, NULL))
            continue;
        size_t k = 0;
        while (k < N_KINDS && strcmp(c->name, GEN_KINDS[k]) != 0)
            k++;
        if (k == N_KINDS)
            continue;
        const char *name;
        if (!attribute(c, NULL, "name", &name)) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
        PyObject *pname = name != NULL ? PyUnicode_DecodeUTF8(name, (Py_ssize_t)strlen(name), NULL) : Py_NewRef(Py_None);
        PyObject *text = pname != NULL ? value_text(c) : NULL;
        PyObject *item = text != NULL ? Py_BuildValue("(ONNn)", kind_names[k], pname, text, i) : NULL;
        if (item == NULL) {
            if (text == NULL)
                Py_XDECREF(pname);
            Py_DECREF(out);
            return NULL;
        }
        int rc = PyList_Append(out, item);
        Py_DECREF(item);
        if (rc < 0) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* lxml's .tag: "{href}name", or the name alone without a namespace (a new str, or NULL on error) */
static PyObject *tag_of(const Node *n) {
    if (n->ns == NULL || n->ns->href == NULL)
        return PyUnicode_DecodeUTF8(n->name, (Py_ssize_t)strlen(n->name), NULL);
    size_t lh = strlen(n->ns->href), ln = strlen(n->name);
    char stack[512];
    char *buf = lh + ln + 2 <= sizeof(stack) ? stack : PyMem_Malloc(lh + ln + 2);
    if (buf == NULL)
        return PyErr_NoMemory();
    buf[0] = '{';
    memcpy(buf + 1, n->ns->href, lh);
    buf[lh + 1] = '}';
    memcpy(buf + lh + 2, n->name, ln);
    PyObject *out = PyUnicode_DecodeUTF8(buf, (Py_ssize_t)(lh + ln + 2), NULL);
    if (buf != stack)
        PyMem_Free(buf);
    return out;
}

/* an attribute value as a new str or None; NULL with no exception set: not one plain text node (the Python path) */
static PyObject *attribute_value(const Node *n, const char *ns, const char *local) {
    const char *v;
    if (!attribute(n, ns, local, &v))
        return NULL;
    if (v == NULL)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(v, (Py_ssize_t)strlen(v), NULL);
}

static PyObject *child_items(PyObject *self, PyObject *el) {
    Node *n = node_of(el);
    if (n == NULL || xlink_ns == NULL)
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t index = 0;
    for (const Node *c = n->children; c != NULL; c = c->next) {
        if (!is_lxml_child(c))
            continue;
        Py_ssize_t i = index++;
        if (c->type != ELEMENT)
            continue;
        Py_ssize_t count = 0;
        for (const Node *g = c->children; g != NULL; g = g->next)
            count += is_lxml_child(g);
        PyObject *tag = tag_of(c);
        PyObject *text = tag != NULL ? text_of(c) : NULL;
        PyObject *cs = text != NULL ? attribute_value(c, NULL, "codeSpace") : NULL;
        PyObject *uom = cs != NULL ? attribute_value(c, NULL, "uom") : NULL;
        PyObject *href = uom != NULL ? attribute_value(c, xlink_ns, "href") : NULL;
        if (href == NULL) {
            Py_XDECREF(tag);
            Py_XDECREF(text);
            Py_XDECREF(cs);
            Py_XDECREF(uom);
            Py_DECREF(out);
            if (PyErr_Occurred())
                return NULL;
            Py_RETURN_NONE;
        }
        PyObject *item = Py_BuildValue("(NnNNNNn)", tag, count, text, cs, uom, href, i);
        if (item == NULL || PyList_Append(out, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(item);
    }
    return out;
}

static PyObject *configure(PyObject *self, PyObject *args) {
    PyObject *type;
    const char *gml, *xlink, *gen;
    if (!PyArg_ParseTuple(args, "O!sss", &PyType_Type, &type, &gml, &xlink, &gen))
        return NULL;
    char *g = PyMem_Malloc(strlen(gml) + 1), *x = PyMem_Malloc(strlen(xlink) + 1), *e = PyMem_Malloc(strlen(gen) + 1);
    if (g == NULL || x == NULL || e == NULL) {
        PyMem_Free(g);
        PyMem_Free(x);
        PyMem_Free(e);
        return PyErr_NoMemory();
    }
    for (size_t k = 0; k < N_KINDS; k++) {
        if (kind_names[k] == NULL && (kind_names[k] = PyUnicode_InternFromString(GEN_KINDS[k])) == NULL) {
            PyMem_Free(g);
            PyMem_Free(x);
            PyMem_Free(e);
            return NULL;
        }
    }
    strcpy(g, gml);
    strcpy(x, xlink);
    strcpy(e, gen);
    PyMem_Free(gml_ns);
    PyMem_Free(xlink_ns);
    PyMem_Free(gen_ns);
    gml_ns = g;
    xlink_ns = x;
    gen_ns = e;
    Py_INCREF(type);
    Py_XDECREF(element_type);
    element_type = (PyTypeObject *)type;
    Py_RETURN_NONE;
}

/* texts(el): XPath's descendant::text() of el (every text and CDATA node under it, in document order), or None for
 * a subtree with an entity reference (the Python path then evaluates the XPath) */
static PyObject *texts(PyObject *self, PyObject *el) {
    Node *root = node_of(el);
    if (root == NULL)
        Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Node *n = next_node(root, root); n != NULL; n = next_node(n, root)) {
        if (n->type == TEXT || n->type == CDATA) {
            if (append_text(out, n->content != NULL ? n->content : "") < 0) {
                Py_DECREF(out);
                return NULL;
            }
        } else if (n->type != ELEMENT && n->type != COMMENT && n->type != PI) {
            Py_DECREF(out);
            Py_RETURN_NONE;
        }
    }
    return out;
}

static PyMethodDef methods[] = {
    {"configure", configure, METH_VARARGS, "configure(element_type, gml_ns, xlink_ns, gen_ns) -> None"},
    {"rings", rings, METH_VARARGS,
     "rings(prop, texts: list, want_ids: bool) -> (list[int], list[str] | None) | False (slow path) | None (XPath)"},
    {"hrefs", hrefs, METH_O, "hrefs(prop) -> list[str] | None (XPath)"},
    {"gen_text", gen_text, METH_O, "gen_text(el) -> str | None | False (the Python path)"},
    {"gen_items", gen_items, METH_O, "gen_items(el) -> list[(kind, name, text, index)] | None (the Python path)"},
    {"child_items", child_items, METH_O,
     "child_items(el) -> list[(tag, n, text, codeSpace, uom, href, index)] | None (the Python path)"},
    {"texts", texts, METH_O, "texts(el) -> list[str] (XPath descendant::text()) | None (the XPath)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tree",
                                    "rings, ids, xlinks and generic attributes read from lxml's tree (tree_access.py)",
                                    -1, methods};

PyMODINIT_FUNC PyInit__tree(void) { return PyModule_Create(&module); }
