/* importers.plateau._lift: building geometry lifted out of a chunk's bytes before lxml builds its tree.
 *
 * Most of a PLATEAU building's bytes and elements are its geometry (gml:Polygon, LinearRing, posList …), which the
 * readers only hand to common.collect_polygons and common.xlink_refs. lift() reads each geometry property of a
 * chunk (bldg:lod0FootPrint, lod0RoofEdge, lodN{Solid,MultiSurface,Geometry}, where buildings.py reads it: a child
 * of a bldg:Building (directly in a member) or of a bldg:BuildingPart, a lodNMultiSurface of a boundary surface, an
 * outer installation's lodN property, N >= 1) straight from the bytes, and gives back the chunk with that
 * property's content replaced by as many newlines as it held (so every line lxml reports is unchanged) and the
 * start tag marked with the attribute ``attr``="k", plus, for the k-th property, what those two functions read
 * from the tree (see tree_access.rings and hrefs):
 *
 *     (texts, nrings, ids, hrefs): the text of every gml:posList, rings per polygon (an exterior posList starts a
 *     polygon, one after a gml:interior adds to it), the gml:id of every gml:Polygon (none when there is no ring;
 *     a property where only some polygons have one is not lifted) and the xlink:href of every gml:surfaceMember,
 *     in document order.
 *
 * A property is lifted only when its content is plain: elements named gml:… (``gml`` the prefix the file binds to
 * the GML namespace; prefix and local part start as XML names do), attributes unprefixed, gml:… or xlink:… with a
 * quoted value of printable ASCII without '&' or '<' (which lxml keeps as it is), white space between elements,
 * posList texts of printable ASCII, tabs and line feeds without '&' or '>' and not blank, every LinearRing with a
 * posList text, no interior before the first ring, tags that match, nothing else (no comment, CDATA, processing
 * instruction, entity, non-ASCII name). A chunk that declares a namespace anywhere is not lifted at all (a prefix could mean
 * something else in it), nor is anything after a tag this does not read, deeper than 256 elements, or from line
 * 65,000 of the chunk on (see LINE_LIMIT). Anything else is left in place for lxml and the Python readers, so
 * a lifted property gives what the tree would have given, and a broken one the same error. Comments, CDATA sections
 * and processing instructions outside properties are skipped whole. Returns None when nothing was lifted.
 *
 * Called by reader._parse through lifting.py (which checks the file's namespaces and encoding first); without this
 * module, the tree is built whole and read as before (identical tables: tests/importers/test_plateau_lifting.py).
 */
#define PY_SSIZE_T_CLEAN
#define _GNU_SOURCE   /* memmem */
#include <Python.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct {
    const char *p;
    Py_ssize_t n;
    int kind;   /* (open elements: see kind_of) */
} Span;

typedef struct {
    char *buf;
    Py_ssize_t len, cap;
} Out;

static int out_put(Out *o, const char *p, Py_ssize_t n) {
    if (o->len + n > o->cap) {
        Py_ssize_t cap = o->cap * 2 > o->len + n ? o->cap * 2 : o->len + n + 4096;
        char *b = PyMem_Realloc(o->buf, (size_t)cap);
        if (b == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, p, (size_t)n);
    o->len += n;
    return 0;
}

/* character classes (cls[], filled at import) */
enum { C_NUM = 1, C_SPACE = 2, C_LF = 4, C_CR = 8, C_NAME = 16, C_PLAIN = 32 };
static unsigned char cls[256];

static void fill_classes(void) {
    for (int c = 0; c < 256; c++) {
        unsigned char k = 0;
        if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')
            k |= C_NUM;
        if (c == ' ' || c == '\t')
            k |= C_SPACE;
        if (c == '\n')
            k |= C_LF;
        if (c == '\r')
            k |= C_CR;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
            c == '.')
            k |= C_NAME;
        if (c >= 0x20 && c < 0x80 && c != '&' && c != '<')   /* an attribute value's byte as lxml keeps it */
            k |= C_PLAIN;
        cls[c] = k;
    }
}

#define CLS(c) cls[(unsigned char)(c)]

/* white space from p to lt (LF, or CR LF, as line breaks), its line breaks added to *lines; 0 if anything else */
static int white(const char *p, const char *lt, Py_ssize_t *lines) {
    Py_ssize_t n = 0;
    const char *q = p;
    while (q < lt && *q == '\n') {   /* the usual line feed and indent: eight tabs or spaces at a time */
        n++;
        q++;
        while (q + 8 <= lt && (memcmp(q, "\t\t\t\t\t\t\t\t", 8) == 0 || memcmp(q, "        ", 8) == 0))
            q += 8;
    }
    for (; q < lt; q++) {
        unsigned char k = CLS(*q);
        if (k & C_LF)
            n++;
        else if (!(k & C_SPACE) && !((k & C_CR) && q + 1 < lt && q[1] == '\n'))
            return 0;
    }
    *lines += n;
    return 1;
}

/* a name at p (prefix:local or local, ASCII name characters); its length, 0 when there is none */
static Py_ssize_t name_at(const char *p, const char *end, Py_ssize_t *colon) {
    const char *q = p;
    *colon = -1;
    while (q < end) {
        if (!(CLS(*q) & C_NAME)) {
            if (*q != ':' || *colon >= 0)
                break;
            *colon = q - p;
        }
        q++;
    }
    if (q == p || *colon == 0 || *colon == q - p - 1)
        return 0;
    const char *local = *colon >= 0 ? p + *colon + 1 : p;   /* prefix and local part start as XML names do */
    for (const char *c = p; c != NULL; c = c == local ? NULL : local)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '_'))
            return 0;
    return q - p;
}

static int span_is(Span s, const char *p, Py_ssize_t n) { return s.n == n && memcmp(s.p, p, (size_t)n) == 0; }

enum { K_OTHER = 0, K_POSLIST, K_RING, K_INTERIOR, K_POLYGON, K_MEMBER };

/* what tree_access.rings and hrefs make of a GML element, from its local name */
static int kind_of(const char *local, Py_ssize_t n) {
#define IS(s) (n == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (IS("posList"))
        return K_POSLIST;
    if (IS("LinearRing"))
        return K_RING;
    if (IS("interior"))
        return K_INTERIOR;
    if (IS("Polygon"))
        return K_POLYGON;
    if (IS("surfaceMember"))
        return K_MEMBER;
    return K_OTHER;
#undef IS
}

static int append_str(PyObject *list, const char *p, Py_ssize_t n) {
    PyObject *s = PyUnicode_DecodeUTF8(p, n, NULL);
    if (s == NULL)
        return -1;
    int rc = PyList_Append(list, s);
    Py_DECREF(s);
    return rc;
}

static int append_int(PyObject *list, long v) {
    PyObject *o = PyLong_FromLong(v);
    if (o == NULL)
        return -1;
    int rc = PyList_Append(list, o);
    Py_DECREF(o);
    return rc;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define HAS_ZERO(w) (((w) - ONES) & ~(w) & HIGHS)

/* A posList text from p to lt: its line breaks, or -1 unless it holds only number characters, spaces, tabs and line
 * feeds (no CR: lxml's text would hold LF alone), not white space alone (which lxml may keep or not). Eight bytes at
 * a time: a word without a control character, '&', '>' or a non-ASCII byte needs no closer look. */
static Py_ssize_t number_text(const char *p, const char *lt) {
    const char *q = p;
    while (q < lt && CLS(*q) & (C_SPACE | C_LF))
        q++;
    if (q == lt || !(CLS(*q) & C_NUM))
        return -1;
    Py_ssize_t nl = 0;
    for (const char *c = p; c < q; c++)   /* (the leading white space's line feeds) */
        nl += *c == '\n';
    while (q + 8 <= lt) {
        unsigned long long w;
        memcpy(&w, q, 8);
        unsigned long long low = (w - 0x2020202020202020ULL) & ~w & HIGHS;   /* a byte below 0x20 */
        if (!(low | (w & HIGHS) | HAS_ZERO(w ^ 0x2626262626262626ULL) | HAS_ZERO(w ^ 0x3e3e3e3e3e3e3e3eULL))) {
            q += 8;
            continue;
        }
        for (int i = 0; i < 8; i++, q++) {
            unsigned char k = CLS(*q);
            if (k & C_LF)
                nl++;
            else if (!(k & (C_NUM | C_SPACE)) && (*q < 0x20 || *q == '&' || *q == '>' || (unsigned char)*q >= 0x80))
                return -1;
        }
    }
    for (; q < lt; q++) {
        unsigned char k = CLS(*q);
        if (k & C_LF)
            nl++;
        else if (!(k & (C_NUM | C_SPACE)) && (*q < 0x20 || *q == '&' || *q == '>' || (unsigned char)*q >= 0x80))
            return -1;
    }
    return nl;
}

enum { LIFTED = 0, LEAVE = 1, FAIL = -1 };

/* Read a property's content from p (just past its start tag) up to its end tag </name>. LIFTED: *item holds
 * (texts, nrings, ids, hrefs), *stop is the end tag's '<', *newlines the line breaks in between; LEAVE: not plain;
 * FAIL: a Python error is set. */
static int read_property(const char *p, const char *end, Span name, Span gml, Span xlink, PyObject **item,
                         const char **stop, Py_ssize_t *newlines) {
    Span stack[MAX_DEPTH];
    int depth = 0, interior = 0, in_ring = 0, ring_has_text = 0;
    Py_ssize_t lines = 0;
    PyObject *texts = PyList_New(0), *nrings = PyList_New(0), *ids = PyList_New(0), *hrefs = PyList_New(0);
    int rc = FAIL;
    if (texts == NULL || nrings == NULL || ids == NULL || hrefs == NULL)
        goto done;
    rc = LEAVE;
    for (;;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (lt == NULL)
            goto done;
        int in_poslist = depth > 0 && stack[depth - 1].kind == K_POSLIST;
        if (in_poslist && lt > p) {   /* a posList text: a ring */
            Py_ssize_t nl = number_text(p, lt);
            if (nl < 0)
                goto done;
            lines += nl;
            if (interior) {
                Py_ssize_t last = PyList_GET_SIZE(nrings) - 1;
                long k = PyLong_AsLong(PyList_GET_ITEM(nrings, last));
                PyObject *v = PyLong_FromLong(k + 1);
                if (v == NULL) {
                    rc = FAIL;
                    goto done;
                }
                PyList_SetItem(nrings, last, v);   /* steals v */
                interior = 0;
            } else if (append_int(nrings, 1) < 0) {
                rc = FAIL;
                goto done;
            }
            if (append_str(texts, p, lt - p) < 0) {
                rc = FAIL;
                goto done;
            }
            if (in_ring && depth >= 2 && stack[depth - 2].kind == K_RING)
                ring_has_text = 1;
        } else if (!white(p, lt, &lines)) {
            goto done;
        }
        p = lt + 1;
        if (p >= end)
            goto done;
        if (*p == '/') {   /* an end tag: the open element's name (or the property's), then '>' */
            Span open = depth == 0 ? name : stack[depth - 1];
            const char *q = p + 1 + open.n;
            if (q >= end || memcmp(p + 1, open.p, (size_t)open.n) != 0)
                goto done;
            while (q < end && (CLS(*q) & C_SPACE))
                q++;
            if (q >= end || *q != '>')
                goto done;
            if (depth == 0) {
                *stop = lt;
                break;
            }
            if (stack[depth - 1].kind == K_RING) {
                if (!ring_has_text)
                    goto done;   /* a ring without posList text: read the slow way, from the tree */
                in_ring = 0;
            }
            depth--;
            p = q + 1;
            continue;
        }
        /* a start tag: gml:name, then attributes */
        Py_ssize_t colon, n = name_at(p, end, &colon);
        if (n == 0 || colon != gml.n || memcmp(p, gml.p, (size_t)gml.n) != 0)
            goto done;
        const char *tag = p;
        const char *q = p + n;
        const char *id = NULL, *href = NULL;
        Py_ssize_t id_n = 0, href_n = 0;
        Span seen[8];
        int nseen = 0;
        for (;;) {
            const char *ws = q;
            while (q < end && (CLS(*q) & (C_SPACE | C_LF | C_CR)))
                q++;
            if (q > ws && !white(ws, q, &lines))
                goto done;
            if (q >= end)
                goto done;
            if (*q == '>' || *q == '/')
                break;
            if (q == ws)
                goto done;   /* attributes are separated by white space */
            Py_ssize_t acolon, an = name_at(q, end, &acolon);
            if (an == 0)
                goto done;
            int is_id = 0, is_href = 0;
            if (acolon >= 0) {
                if (acolon == gml.n && memcmp(q, gml.p, (size_t)gml.n) == 0)
                    is_id = an == gml.n + 3 && memcmp(q + gml.n, ":id", 3) == 0;
                else if (acolon == xlink.n && memcmp(q, xlink.p, (size_t)xlink.n) == 0)
                    is_href = an == xlink.n + 5 && memcmp(q + xlink.n, ":href", 5) == 0;
                else
                    goto done;   /* another prefix, or a namespace declaration */
            } else if (an >= 5 && memcmp(q, "xmlns", 5) == 0) {
                goto done;
            }
            for (int i = 0; i < nseen; i++)
                if (span_is(seen[i], q, an))
                    goto done;   /* a repeated attribute: lxml refuses it */
            if (nseen == 8)
                goto done;
            seen[nseen].p = q;
            seen[nseen++].n = an;
            q += an;
            if (q >= end || *q != '=')
                goto done;   /* (white space around '=' is legal but never written: left to lxml) */
            q++;
            if (q >= end || (*q != '"' && *q != '\''))
                goto done;
            char quote = *q++;
            const char *v = q;
            q = memchr(q, quote, (size_t)(end - q));
            if (q == NULL)
                goto done;
            for (const char *c = v; c < q; c++)
                if (!(CLS(*c) & C_PLAIN))
                    goto done;   /* (entities, line breaks and tabs, which lxml would rewrite; non-ASCII: not checked
                                    here as lxml would) */
            if (is_id) {
                id = v;
                id_n = q - v;
            } else if (is_href) {
                href = v;
                href_n = q - v;
            }
            q++;
        }
        int empty = *q == '/';
        if (empty && (q + 1 >= end || q[1] != '>'))
            goto done;
        p = q + (empty ? 2 : 1);
        /* what tree_access.rings and hrefs read at this element */
        int kind = kind_of(tag + gml.n + 1, n - gml.n - 1);
        if (kind == K_INTERIOR) {
            if (PyList_GET_SIZE(nrings) == 0)
                goto done;   /* an interior ring first: the slow way */
            interior = 1;
        } else if (kind == K_RING) {
            if (empty || in_ring)
                goto done;
            in_ring = 1;
            ring_has_text = 0;
        } else if (kind == K_POLYGON) {
            if (id != NULL && append_str(ids, id, id_n) < 0) {
                rc = FAIL;
                goto done;
            }
        } else if (kind == K_MEMBER) {
            if (href != NULL && append_str(hrefs, href, href_n) < 0) {
                rc = FAIL;
                goto done;
            }
        }
        if (!empty) {
            if (depth == MAX_DEPTH)
                goto done;
            stack[depth].p = tag;
            stack[depth].n = n;
            stack[depth++].kind = kind;
        }
    }
    if (PyList_GET_SIZE(nrings) == 0 && PyList_GET_SIZE(ids) > 0 && PyList_SetSlice(ids, 0, PyList_GET_SIZE(ids), NULL) < 0) {
        rc = FAIL;   /* no rings: no ids (as tree_access.rings) */
        goto done;
    }
    if (PyList_GET_SIZE(ids) > 0 && PyList_GET_SIZE(ids) != PyList_GET_SIZE(nrings))
        goto done;   /* some polygons without an id: common.collect_polygons reads them one by one, from the tree */
    *item = PyTuple_Pack(4, texts, nrings, ids, hrefs);
    rc = *item == NULL ? FAIL : LIFTED;
    *newlines = lines;
done:
    if (rc == FAIL && !PyErr_Occurred())
        PyErr_SetString(PyExc_RuntimeError, "_lift: internal error");
    if (rc == LEAVE && PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError))
            rc = FAIL;
        else
            PyErr_Clear();   /* not UTF-8: left to lxml, which says so */
    }
    Py_XDECREF(texts);
    Py_XDECREF(nrings);
    Py_XDECREF(ids);
    Py_XDECREF(hrefs);
    return rc;
}

/* the end of a comment, CDATA section or processing instruction starting at lt ('<!' or '<?'), or NULL */
static const char *skip_markup(const char *lt, const char *end) {
    const char *close;
    size_t close_n, open_n;
    if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
        close = "-->";
        close_n = 3;
        open_n = 4;
    } else if (end - lt >= 9 && memcmp(lt, "<![CDATA[", 9) == 0) {
        close = "]]>";
        close_n = 3;
        open_n = 9;
    } else if (lt[1] == '?') {
        close = "?>";
        close_n = 2;
        open_n = 2;
    } else {
        return NULL;   /* a DOCTYPE or other declaration: not in a chunk of members */
    }
    for (const char *q = lt + open_n; q + close_n <= end; q++) {
        q = memchr(q, close[0], (size_t)(end - q));
        if (q == NULL || q + close_n > end)
            return NULL;
        if (memcmp(q, close, close_n) == 0)
            return q + close_n;
    }
    return NULL;
}

/* the roles of the open elements around a property, which say whether the readers read it (buildings.py): a
 * building's or part's own geometry, a boundary surface's multi-surfaces, an outer installation's geometry of LOD 1+ */
enum { R_OTHER = 0, R_MEMBER, R_OWNER, R_PARTS, R_BOUNDED, R_SURFACE, R_INST_PROP, R_INST_OBJ };
/* what a bldg property name is: not one (0), lod0 (1), lodN multi-surface (2), lodN solid or geometry (3), N >= 1 */
enum { P_NONE = 0, P_LOD0, P_MULTI, P_SOLID };
#define MAIN_DEPTH 256

static int property_kind(const char *local, Py_ssize_t n) {
#define IS(s) (n == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (IS("lod0FootPrint") || IS("lod0RoofEdge"))
        return P_LOD0;
    if (n < 5 || memcmp(local, "lod", 3) != 0 || local[3] < '1' || local[3] > '4')
        return P_NONE;
    local += 4;
    n -= 4;
    if (IS("MultiSurface"))
        return P_MULTI;
    if (IS("Solid") || IS("Geometry"))
        return P_SOLID;
    return P_NONE;
#undef IS
}

/* the role of an element named name[0:n] (bldg-prefixed local in local[0:ln], or NULL) inside one of role parent */
static int role_of(int parent, int depth, const char *name, Py_ssize_t n, Span member, const char *local,
                   Py_ssize_t ln) {
#define IS(s) (local != NULL && ln == (Py_ssize_t)sizeof(s) - 1 && memcmp(local, s, sizeof(s) - 1) == 0)
    if (depth == 0)
        return span_is(member, name, n) ? R_MEMBER : R_OTHER;
    switch (parent) {
    case R_MEMBER:
        return IS("Building") ? R_OWNER : R_OTHER;
    case R_OWNER:
        if (IS("consistsOfBuildingPart"))
            return R_PARTS;
        if (IS("boundedBy"))
            return R_BOUNDED;
        return IS("outerBuildingInstallation") ? R_INST_PROP : R_OTHER;
    case R_PARTS:
        return IS("BuildingPart") ? R_OWNER : R_OTHER;
    case R_BOUNDED:
        return R_SURFACE;
    case R_INST_PROP:
        return R_INST_OBJ;
    case R_INST_OBJ:
        return IS("boundedBy") ? R_BOUNDED : R_OTHER;
    default:
        return R_OTHER;
    }
#undef IS
}

/* line feeds from p to q, eight bytes at a time (an exact test for a zero byte of w ^ LFs, then a bit count) */
static Py_ssize_t count_lf(const char *p, const char *q) {
    Py_ssize_t n = 0;
    for (; p + 8 <= q; p += 8) {
        unsigned long long w;
        memcpy(&w, p, 8);
        w ^= 0x0a0a0a0a0a0a0a0aULL;
        unsigned long long t = (w & 0x7f7f7f7f7f7f7f7fULL) + 0x7f7f7f7f7f7f7f7fULL;
        n += __builtin_popcountll(~(t | w | 0x7f7f7f7f7f7f7f7fULL));
    }
    for (; p < q; p++)
        n += *p == '\n';
    return n;
}

/* libxml2 keeps an element's line in 16 bits: past 65,535 lxml takes it from text further down, which a lifted
 * property no longer holds; nothing is lifted from this line of the chunk on (there are ~20,000 in 1 MB of PLATEAU) */
#define LINE_LIMIT 65000

/* the end of the start tag whose name ends at q (its '>'), attribute values skipped whole; NULL when cut off */
static const char *tag_end(const char *q, const char *end) {
    while (q < end) {
        char c = *q;
        if (c == '>')
            return q;
        if (c == '"' || c == '\'') {
            q = memchr(q + 1, c, (size_t)(end - q - 1));
            if (q == NULL)
                return NULL;
        }
        q++;
    }
    return NULL;
}

static PyObject *lift(PyObject *self, PyObject *args) {
    Py_buffer data;
    const char *bldg_p, *gml_p, *xlink_p, *member_p, *attr_p;
    Py_ssize_t bldg_n, gml_n, xlink_n, member_n, attr_n;
    if (!PyArg_ParseTuple(args, "y*y#y#y#y#y#", &data, &bldg_p, &bldg_n, &gml_p, &gml_n, &xlink_p, &xlink_n,
                          &member_p, &member_n, &attr_p, &attr_n))
        return NULL;
    if (attr_n > 32 || bldg_n == 0 || gml_n == 0 || xlink_n == 0) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_ValueError, "_lift.lift: empty prefix, or marker attribute name over 32 bytes");
        return NULL;
    }
    Span gml = {gml_p, gml_n, 0}, xlink = {xlink_p, xlink_n, 0}, member = {member_p, member_n, 0};
    const char *start = data.buf, *end = start + data.len, *p = start, *copied = start;
    const char *unchecked = start;   /* bytes from here on not yet searched for a namespace declaration */
    Out out = {NULL, 0, 0};
    PyObject *items = PyList_New(0), *result = NULL;
    char marker[64];
    int roles[MAIN_DEPTH];
    Py_ssize_t depth = 0;   /* open elements (their roles kept up to MAIN_DEPTH; deeper, nothing is lifted) */
    Py_ssize_t line = 1;    /* the line of counted (lxml's, for the chunk parsed after a head without line breaks) */
    const char *counted = start;
    if (items == NULL)
        goto fail;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (lt == NULL || lt + 1 >= end)
            break;
        if (lt[1] == '!' || lt[1] == '?') {
            const char *after = skip_markup(lt, end);
            if (after == NULL)
                break;   /* left to lxml */
            p = after;
            continue;
        }
        if (lt[1] == '/') {
            if (depth > 0)
                depth--;
            p = lt + 2;
            continue;
        }
        Py_ssize_t colon, n = name_at(lt + 1, end, &colon);
        const char *q = n == 0 || lt + 1 + n >= end ? NULL : tag_end(lt + 1 + n, end);
        if (q == NULL || !(CLS(lt[1 + n]) & (C_SPACE | C_LF | C_CR) || lt[1 + n] == '>' || lt[1 + n] == '/'))
            break;   /* a name this does not read (non-ASCII …), or a cut-off tag: the rest is left to lxml */
        int parent = depth > 0 && depth <= MAIN_DEPTH ? roles[depth - 1] : R_OTHER;
        const char *local = NULL;
        Py_ssize_t ln = 0;
        if (colon == bldg_n && memcmp(lt + 1, bldg_p, (size_t)bldg_n) == 0) {
            local = lt + 1 + bldg_n + 1;
            ln = n - bldg_n - 1;
        }
        int pk = local != NULL && q == lt + 1 + n ? property_kind(local, ln) : P_NONE;   /* (no attributes) */
        int wanted = pk != P_NONE && depth < MAIN_DEPTH &&
            (parent == R_OWNER || (parent == R_SURFACE && pk == P_MULTI) || (parent == R_INST_OBJ && pk != P_LOD0));
        if (wanted) {
            line += count_lf(counted, lt);
            counted = lt;
            if (line >= LINE_LIMIT)
                break;
        }
        if (wanted) {
            Span name = {lt + 1, n, 0};
            PyObject *item = NULL;
            const char *stop = NULL;
            Py_ssize_t newlines = 0;
            int rc = read_property(q + 1, end, name, gml, xlink, &item, &stop, &newlines);
            if (rc == FAIL)
                goto fail;
            if (rc == LIFTED) {
                if (memmem(unchecked, (size_t)(lt - unchecked), "xmlns", 5) != NULL) {
                    Py_DECREF(item);
                    goto declared;
                }
                unchecked = stop;   /* (a lifted property declares no namespace: read_property refuses it) */
                int m = snprintf(marker, sizeof marker, " %.*s=\"%zd\">", (int)attr_n, attr_p,
                                 PyList_GET_SIZE(items));
                int rc2 = PyList_Append(items, item);
                Py_DECREF(item);
                if (rc2 < 0 || m <= 0 || m >= (int)sizeof marker || out_put(&out, copied, q - copied) < 0 ||
                    out_put(&out, marker, m) < 0)
                    goto fail;
                for (Py_ssize_t k = 0; k < newlines; k++)
                    if (out_put(&out, "\n", 1) < 0)
                        goto fail;
                copied = counted = stop;
                line += newlines;
                p = (const char *)memchr(stop, '>', (size_t)(end - stop)) + 1;   /* past its end tag (read_property
                                                                                   saw its '>'): it was never pushed */
                continue;
            }
            /* left in place: read on inside it, where nothing is a property the readers read */
        }
        if (q[-1] != '/') {   /* (not an empty element) */
            if (depth < MAIN_DEPTH)
                roles[depth] = pk != P_NONE ? R_OTHER : role_of(parent, (int)depth, lt + 1, n, member, local, ln);
            depth++;
        }
        p = q + 1;
    }
    if (PyList_GET_SIZE(items) == 0 || memmem(unchecked, (size_t)(end - unchecked), "xmlns", 5) != NULL) {
declared:   /* nothing lifted, or a namespace declared in the chunk: a prefix may mean something else in it */
        Py_DECREF(items);
        PyMem_Free(out.buf);
        PyBuffer_Release(&data);
        Py_RETURN_NONE;
    }
    if (out_put(&out, copied, end - copied) < 0)
        goto fail;
    PyObject *bytes = PyBytes_FromStringAndSize(out.buf, out.len);
    if (bytes == NULL)
        goto fail;
    result = PyTuple_Pack(2, bytes, items);
    Py_DECREF(bytes);
fail:
    Py_XDECREF(items);
    PyMem_Free(out.buf);
    PyBuffer_Release(&data);
    return result;
}

static PyMethodDef methods[] = {
    {"lift", lift, METH_VARARGS,
     "lift(data, bldg_prefix, gml_prefix, xlink_prefix, member_tag, attr) -> (data, [(texts, nrings, ids, hrefs), "
     "...]) or None"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_lift", NULL, -1, methods};

PyMODINIT_FUNC PyInit__lift(void) {
    fill_classes();
    return PyModule_Create(&module);
}
