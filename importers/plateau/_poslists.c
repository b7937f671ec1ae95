/* importers.plateau._poslists: gml:posList texts -> doubles, in one pass over the strings; and two kernels over the
 * resulting polygons (polygons_wkb, polygon_sums) and one over the points (unique_pairs): see each.
 *
 * The compiled fast path of geometry.parse_poslists. parse(texts, dim) returns (values, counts): the numbers of
 * every string as native float64 bytes, and the number of points of each string as native int64 bytes. It
 * returns None whenever the input is anything but plain decimal numbers in groups of dim (an empty posList, a
 * token that is not a number, a count that is not a multiple of dim, a value out of range): the pure-Python
 * path then parses the same strings and names the problem. Both give the same doubles: every value is the
 * correctly rounded double of its decimal text, here by
 *  1. Clinger's exact fast path: mantissa below 2^53 and a power of ten up to 22, one exact operation;
 *  2. PLATEAU's 17-digit coordinates: the mantissa (up to 19 digits, below 2^64) times or over 10^k (k <= 27)
 *     in x87 extended precision, which both hold exactly, so the one operation is correctly rounded to 64
 *     bits; rounding that to 53 bits is then correct unless it lies on a halfway point between two doubles
 *     (its 11 dropped bits 0x3FF-0x401), which is left to 3;
 *  3. everything else: CPython's own correctly rounded PyOS_string_to_double.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__) && LDBL_MANT_DIG == 64
#define HAVE_X87 1
static const long double POW10L[] = {1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,  1e7L,  1e8L,  1e9L,
                                     1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
                                     1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L};

/* 1 and the double in *out when rounding the extended-precision x to double is safe (see 2. above) */
static int extended_to_double(long double x, double *out) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof(bits));   /* x87 80-bit: the 64-bit significand (explicit leading 1) comes first */
    if (!(bits >> 63))
        return 0;   /* not a normal number */
    uint64_t low = bits & 0x7FF;
    if (low >= 0x3FF && low <= 0x401)
        return 0;
    *out = (double)x;
    return 1;
}
#endif

static const double POW10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                               1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Parse the token s[0:n]; 1 on success (value in *out), 0 if it is not a plain decimal number. */
static int parse_token(const char *s, Py_ssize_t n, double *out) {
    Py_ssize_t i = 0;
    int neg = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    uint64_t mant = 0;
    int digits = 0;      /* significant digits taken into mant */
    int dropped = 0;     /* digits beyond 19: the fast path is not exact */
    int exp10 = 0;
    int any = 0;
    int frac = 0;        /* past the decimal point */
    for (; i < n; i++) {
        char c = s[i];
        if (c == '.' && !frac) {
            frac = 1;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        any = 1;
        if (digits < 19) {
            if (mant || c != '0') {
                mant = mant * 10 + (uint64_t)(c - '0');
                digits += mant != 0;
            }
            exp10 -= frac;   /* a decimal taken: one power of ten down */
        } else {
            dropped = 1;
            exp10 += !frac;  /* an integer digit dropped: one power of ten up */
        }
    }
    if (!any)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int eneg = 0;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        long e = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
            i++;
        }
        exp10 += (int)(eneg ? -e : e);
    }
    if (i != n)
        return 0;
    if (!dropped && mant <= (UINT64_C(1) << 53) && exp10 >= -22 && exp10 <= 22) {
        double v = (double)mant;
        v = exp10 < 0 ? v / POW10[-exp10] : v * POW10[exp10];
        *out = neg ? -v : v;
        return 1;
    }
#ifdef HAVE_X87
    if (!dropped && mant != 0 && exp10 >= -27 && exp10 <= 27) {
        long double x = (long double)mant;
        x = exp10 < 0 ? x / POW10L[-exp10] : x * POW10L[exp10];
        double v;
        if (extended_to_double(x, &v)) {
            *out = neg ? -v : v;
            return 1;
        }
    }
#endif
    /* everything else: CPython's correctly rounded conversion of the same text */
    char small[64];
    char *buf = n < (Py_ssize_t)sizeof(small) ? small : PyMem_Malloc((size_t)n + 1);
    if (buf == NULL)
        return 0;
    memcpy(buf, s, (size_t)n);
    buf[n] = '\0';
    char *end = NULL;
    double v = PyOS_string_to_double(buf, &end, NULL);
    int ok = end == buf + n && !(v == -1.0 && PyErr_Occurred());
    PyErr_Clear();
    if (buf != small)
        PyMem_Free(buf);
    if (!ok)
        return 0;
    *out = v;
    return 1;
}

static PyObject *parse(PyObject *self, PyObject *args) {
    PyObject *texts;
    Py_ssize_t dim;
    if (!PyArg_ParseTuple(args, "O!n", &PyList_Type, &texts, &dim))
        return NULL;
    if (dim < 1)
        Py_RETURN_NONE;
    Py_ssize_t n = PyList_GET_SIZE(texts);
    Py_ssize_t total = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *t = PyList_GET_ITEM(texts, k);
        if (!PyUnicode_Check(t))
            Py_RETURN_NONE;
        total += PyUnicode_GET_LENGTH(t) / 2 + 1;   /* numbers are at least one digit and one space apart */
    }
    double *values = PyMem_Malloc(sizeof(double) * (size_t)(total > 0 ? total : 1));
    int64_t *counts = PyMem_Malloc(sizeof(int64_t) * (size_t)(n > 0 ? n : 1));
    if (values == NULL || counts == NULL) {
        PyMem_Free(values);
        PyMem_Free(counts);
        return PyErr_NoMemory();
    }
    Py_ssize_t m = 0;
    int ok = 1;
    for (Py_ssize_t k = 0; k < n && ok; k++) {
        Py_ssize_t len;
        const char *s = PyUnicode_AsUTF8AndSize(PyList_GET_ITEM(texts, k), &len);
        if (s == NULL) {
            PyErr_Clear();
            ok = 0;
            break;
        }
        Py_ssize_t start = m, i = 0;
        while (i < len) {
            while (i < len && is_space(s[i]))
                i++;
            if (i >= len)
                break;
            Py_ssize_t j = i;
            while (j < len && !is_space(s[j]))
                j++;
            double v;
            if (m >= total || !parse_token(s + i, j - i, &v) || !isfinite(v)) {
                ok = 0;
                break;
            }
            values[m++] = v;
            i = j;
        }
        Py_ssize_t got = m - start;
        if (!ok || got == 0 || got % dim)
            ok = 0;
        else
            counts[k] = got / dim;
    }
    PyObject *result = NULL;
    if (ok) {
        PyObject *v = PyBytes_FromStringAndSize((const char *)values, (Py_ssize_t)sizeof(double) * m);
        PyObject *c = PyBytes_FromStringAndSize((const char *)counts, (Py_ssize_t)sizeof(int64_t) * n);
        if (v && c)
            result = PyTuple_Pack(2, v, c);
        Py_XDECREF(v);
        Py_XDECREF(c);
    } else {
        result = Py_NewRef(Py_None);
    }
    PyMem_Free(values);
    PyMem_Free(counts);
    return result;
}

/* polygons_wkb(coords, ring_off, poly_off, which, ncols, dim): the ISO WKB POLYGON (Z when dim is 3) of the polygons
 * `which` (in that order) of ragged arrays (see geometry.py), end to end, and the byte size of each: the compiled
 * geometry.subset_polygons + polygons_wkb_buffer, which write the same bytes. coords: float64 rows of ncols values
 * (the first dim written); ring_off, poly_off, which: int64. None for input it does not expect (the caller then uses
 * the numpy path): offsets out of range, a big-endian machine. */
static void put_u32(unsigned char *out, uint32_t v) { memcpy(out, &v, 4); }

static PyObject *polygons_wkb(PyObject *self, PyObject *args) {
    Py_buffer cb, rb, pb, wb;
    Py_ssize_t ncols, dim;
    if (!PyArg_ParseTuple(args, "y*y*y*y*nn", &cb, &rb, &pb, &wb, &ncols, &dim))
        return NULL;
    PyObject *result = NULL;
    unsigned char *buf = NULL;
    int64_t *sizes = NULL;
    const double *coords = (const double *)cb.buf;
    const int64_t *ring_off = (const int64_t *)rb.buf, *poly_off = (const int64_t *)pb.buf,
                  *which = (const int64_t *)wb.buf;
    Py_ssize_t npts = cb.len / (Py_ssize_t)sizeof(double) / (ncols > 0 ? ncols : 1);
    Py_ssize_t nring = rb.len / 8 - 1, npoly = pb.len / 8 - 1, n = wb.len / 8;
    int ok = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && ncols >= 1 && dim >= 2 && dim <= ncols &&
             nring >= 0 && npoly >= 0;
    size_t total = 0;
    sizes = PyMem_Malloc(sizeof(int64_t) * (n ? n : 1));
    if (!sizes) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; ok && i < n; i++) {   /* sizes, checking every offset on the way */
        int64_t p = which[i];
        if (p < 0 || p >= npoly || poly_off[p] < 0 || poly_off[p] > poly_off[p + 1] || poly_off[p + 1] > nring) {
            ok = 0;
            break;
        }
        int64_t size = 9;
        for (int64_t r = poly_off[p]; r < poly_off[p + 1]; r++) {
            if (ring_off[r] < 0 || ring_off[r] > ring_off[r + 1] || ring_off[r + 1] > npts) {
                ok = 0;
                break;
            }
            size += 4 + (ring_off[r + 1] - ring_off[r]) * 8 * dim;
        }
        sizes[i] = size;
        total += (size_t)size;
    }
    if (!ok) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    buf = PyMem_Malloc(total ? total : 1);
    if (!buf) {
        PyErr_NoMemory();
        goto done;
    }
    unsigned char *o = buf;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t p = which[i];
        *o++ = 1;
        put_u32(o, dim == 3 ? 1003 : 3);
        put_u32(o + 4, (uint32_t)(poly_off[p + 1] - poly_off[p]));
        o += 8;
        for (int64_t r = poly_off[p]; r < poly_off[p + 1]; r++) {
            int64_t a = ring_off[r], b = ring_off[r + 1];
            put_u32(o, (uint32_t)(b - a));
            o += 4;
            if (dim == ncols) {
                memcpy(o, coords + a * ncols, (size_t)(b - a) * 8 * dim);
                o += (b - a) * 8 * dim;
            } else {
                for (int64_t k = a; k < b; k++) {
                    memcpy(o, coords + k * ncols, 8 * dim);
                    o += 8 * dim;
                }
            }
        }
    }
    PyObject *w = PyBytes_FromStringAndSize((const char *)buf, (Py_ssize_t)total);
    PyObject *z = PyBytes_FromStringAndSize((const char *)sizes, (Py_ssize_t)sizeof(int64_t) * n);
    if (w && z)
        result = PyTuple_Pack(2, w, z);
    Py_XDECREF(w);
    Py_XDECREF(z);
done:
    PyMem_Free(buf);
    PyMem_Free(sizes);
    PyBuffer_Release(&cb);
    PyBuffer_Release(&rb);
    PyBuffer_Release(&pb);
    PyBuffer_Release(&wb);
    return result;
}

/* polygon_sums(coords, ring_off, poly_off): the per-point part of geometry.polygon_stats in one pass, the same doubles:
 * per polygon, in its exterior ring's coordinates local to the ring's first point, the Newell normal's sums
 * (y - yn)(z + zn), (z - zn)(x + xn), (x - xn)(y + yn) over its points (next point wrapping around), the least and
 * greatest local x, y, z, and the least and greatest z of all its rings' points. numpy's add.reduceat, which the
 * Python path uses, adds a segment's first value to the pairwise sum of the others (pairwise_sum below is numpy's:
 * plain below 8 values, 8 accumulators up to 128, halves beyond); geometry.py checks both paths give the same bits
 * before it uses this one. coords: float64 rows of 3; ring_off, poly_off: int64. Returns (sums, lo, hi: P x 3 float64
 * bytes, zmin, zmax: P float64 bytes), or None for what it does not expect (an offset out of range, an empty ring, a
 * value that is not finite, a big-endian machine): the numpy path then runs. */
static double pairwise_sum(const double *a, int64_t n, int64_t stride) {
    if (n < 8) {
        double res = 0.;
        for (int64_t i = 0; i < n; i++)
            res += a[i * stride];
        return res;
    }
    if (n <= 128) {
        double r[8];
        int64_t i;
        for (int j = 0; j < 8; j++)
            r[j] = a[j * stride];
        for (i = 8; i < n - (n % 8); i += 8)
            for (int j = 0; j < 8; j++)
                r[j] += a[(i + j) * stride];
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[i * stride];
        return res;
    }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2, stride) + pairwise_sum(a + n2 * stride, n - n2, stride);
}

static PyObject *polygon_sums(PyObject *self, PyObject *args) {
    Py_buffer cb, rb, pb;
    if (!PyArg_ParseTuple(args, "y*y*y*", &cb, &rb, &pb))
        return NULL;
    PyObject *result = NULL;
    const double *c = (const double *)cb.buf;
    const int64_t *ring_off = (const int64_t *)rb.buf, *poly_off = (const int64_t *)pb.buf;
    Py_ssize_t npts = cb.len / (Py_ssize_t)(3 * sizeof(double));
    Py_ssize_t nring = rb.len / 8 - 1, P = pb.len / 8 - 1;
    double *out = NULL, *terms = NULL;
    int ok = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && nring >= 0 && P > 0 && poly_off[0] == 0 &&
             poly_off[P] == nring && nring > 0 && ring_off[0] == 0 && ring_off[nring] == npts;
    int64_t maxlen = 0;
    for (Py_ssize_t r = 0; ok && r < nring; r++) {
        int64_t len = ring_off[r + 1] - ring_off[r];
        if (len < 1)
            ok = 0;
        else if (len > maxlen)
            maxlen = len;
    }
    for (Py_ssize_t p = 0; ok && p < P; p++)
        if (poly_off[p + 1] <= poly_off[p])
            ok = 0;
    for (Py_ssize_t i = 0; ok && i < 3 * npts; i++)
        if (!isfinite(c[i]))
            ok = 0;
    if (!ok) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    out = PyMem_Malloc(sizeof(double) * 11 * (size_t)P);
    terms = PyMem_Malloc(sizeof(double) * 3 * (size_t)maxlen);
    if (!out || !terms) {
        PyErr_NoMemory();
        goto done;
    }
    double *sums = out, *lo = out + 3 * P, *hi = out + 6 * P, *zmin = out + 9 * P, *zmax = out + 10 * P;
    for (Py_ssize_t p = 0; p < P; p++) {
        int64_t a = ring_off[poly_off[p]], n = ring_off[poly_off[p] + 1] - a;
        const double *f = c + 3 * a;
        double l[3] = {0., 0., 0.}, h[3] = {0., 0., 0.};
        for (int64_t k = 0; k < n; k++) {
            const double *q = c + 3 * (a + k), *nq = k + 1 < n ? q + 3 : f;
            double x = q[0] - f[0], y = q[1] - f[1], z = q[2] - f[2];
            double xn = nq[0] - f[0], yn = nq[1] - f[1], zn = nq[2] - f[2];
            double *t = terms + 3 * k;
            t[0] = (y - yn) * (z + zn);
            t[1] = (z - zn) * (x + xn);
            t[2] = (x - xn) * (y + yn);
            if (k == 0) {
                l[0] = h[0] = x, l[1] = h[1] = y, l[2] = h[2] = z;
            } else {
                if (x < l[0]) l[0] = x;
                if (y < l[1]) l[1] = y;
                if (z < l[2]) l[2] = z;
                if (x > h[0]) h[0] = x;
                if (y > h[1]) h[1] = y;
                if (z > h[2]) h[2] = z;
            }
        }
        for (int j = 0; j < 3; j++) {
            sums[3 * p + j] = n > 1 ? terms[j] + pairwise_sum(terms + 3 + j, n - 1, 3) : terms[j];
            lo[3 * p + j] = l[j];
            hi[3 * p + j] = h[j];
        }
        int64_t e = ring_off[poly_off[p + 1]];
        double zl = c[3 * a + 2], zh = zl;
        for (int64_t k = a + 1; k < e; k++) {
            double z = c[3 * k + 2];
            if (z < zl) zl = z;
            if (z > zh) zh = z;
        }
        zmin[p] = zl;
        zmax[p] = zh;
    }
    {
        PyObject *parts[5];
        Py_ssize_t sizes[5] = {3 * P, 3 * P, 3 * P, P, P};
        double *starts[5] = {sums, lo, hi, zmin, zmax};
        int failed = 0;
        for (int i = 0; i < 5; i++) {
            parts[i] = failed ? NULL : PyBytes_FromStringAndSize((const char *)starts[i],
                                                                 sizes[i] * (Py_ssize_t)sizeof(double));
            if (!parts[i])
                failed = 1;
        }
        if (!failed)
            result = PyTuple_Pack(5, parts[0], parts[1], parts[2], parts[3], parts[4]);
        for (int i = 0; i < 5; i++)
            Py_XDECREF(parts[i]);
    }
done:
    PyMem_Free(out);
    PyMem_Free(terms);
    PyBuffer_Release(&cb);
    PyBuffer_Release(&rb);
    PyBuffer_Release(&pb);
    return result;
}

/* unique_pairs(values, ncols): the distinct (first, second) column pairs of float64 rows of ncols values, by their bits:
 * (inverse, firsts), int64 bytes: row i holds the pair of row firsts[inverse[i]], and firsts lists each pair's first
 * row in order of appearance. geometry.Projector projects each distinct latitude/longitude once (a PLATEAU vertex
 * recurs in every polygon that has it, and the LOD0 outline repeats the LOD1 solid's: 8-12 % of the points are
 * distinct on the benchmark files): a pair's projection does not depend on its neighbours, so the coordinates are
 * the same bits. None for more rows than it indexes (2^30) or fewer than 2 columns. */
static inline uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static PyObject *unique_pairs(PyObject *self, PyObject *args) {
    Py_buffer vb;
    Py_ssize_t ncols;
    if (!PyArg_ParseTuple(args, "y*n", &vb, &ncols))
        return NULL;
    PyObject *result = NULL;
    int64_t *inverse = NULL, *firsts = NULL;
    int32_t *slots = NULL;
    Py_ssize_t n = ncols >= 2 ? vb.len / (Py_ssize_t)(sizeof(double) * ncols) : 0;
    if (ncols < 2 || n > (1 << 30)) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    size_t size = 16;
    while (size < (size_t)n * 2)
        size <<= 1;
    inverse = PyMem_Malloc(sizeof(int64_t) * (n ? n : 1));
    firsts = PyMem_Malloc(sizeof(int64_t) * (n ? n : 1));
    slots = PyMem_Malloc(sizeof(int32_t) * size);
    if (!inverse || !firsts || !slots) {
        PyErr_NoMemory();
        goto done;
    }
    memset(slots, 0xff, sizeof(int32_t) * size);   /* -1: empty */
    const unsigned char *base = (const unsigned char *)vb.buf;
    size_t row = sizeof(double) * (size_t)ncols, mask = size - 1;
    int64_t u = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint64_t a, b;
        memcpy(&a, base + row * (size_t)i, 8);
        memcpy(&b, base + row * (size_t)i + 8, 8);
        size_t h = (size_t)mix64(a ^ mix64(b)) & mask;
        for (;;) {
            int32_t k = slots[h];
            if (k < 0) {
                slots[h] = (int32_t)u;
                firsts[u] = i;
                inverse[i] = u++;
                break;
            }
            uint64_t ka, kb;
            memcpy(&ka, base + row * (size_t)firsts[k], 8);
            memcpy(&kb, base + row * (size_t)firsts[k] + 8, 8);
            if (ka == a && kb == b) {
                inverse[i] = k;
                break;
            }
            h = (h + 1) & mask;
        }
    }
    {
        PyObject *iv = PyBytes_FromStringAndSize((const char *)inverse, (Py_ssize_t)sizeof(int64_t) * n);
        PyObject *fs = PyBytes_FromStringAndSize((const char *)firsts, (Py_ssize_t)sizeof(int64_t) * u);
        if (iv && fs)
            result = PyTuple_Pack(2, iv, fs);
        Py_XDECREF(iv);
        Py_XDECREF(fs);
    }
done:
    PyMem_Free(inverse);
    PyMem_Free(firsts);
    PyMem_Free(slots);
    PyBuffer_Release(&vb);
    return result;
}

static PyMethodDef methods[] = {
    {"parse", parse, METH_VARARGS,
     "parse(texts: list[str], dim: int) -> (float64 bytes, int64 point counts bytes) | None"},
    {"polygons_wkb", polygons_wkb, METH_VARARGS,
     "polygons_wkb(coords, ring_off, poly_off, which, ncols, dim) -> (WKB bytes, int64 sizes bytes) | None"},
    {"unique_pairs", unique_pairs, METH_VARARGS,
     "unique_pairs(values, ncols) -> (inverse int64 bytes, firsts int64 bytes) | None"},
    {"polygon_sums", polygon_sums, METH_VARARGS,
     "polygon_sums(coords, ring_off, poly_off) -> (Newell sums, lo, hi, zmin, zmax float64 bytes) | None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_poslists",
                                    "gml:posList texts -> doubles, polygon WKB and sums (compiled fast paths of importers/plateau/geometry.py)",
                                    -1, methods};

PyMODINIT_FUNC PyInit__poslists(void) { return PyModule_Create(&module); }
