# Evaluates expressions with CPython and writes PythonReference.swift.
import ast, math, random, struct, sys

# The evaluator's bound on integers (BigInt.maximumBitWidth): wider results are refused, and
# `**` refuses before computing when the result's width is known to exceed it.
LIMIT = 100000
sys.set_int_max_str_digits(0)

# Errors whose message the evaluator reproduces word for word.
MESSAGES = {'int too large to convert to float', 'integer division result too large for a float'}

class Chk(ast.NodeTransformer):
    def wrap(self, node):
        self.generic_visit(node)
        return ast.copy_location(ast.Call(func=ast.Name('__chk', ast.Load()), args=[node], keywords=[]), node)
    def visit_BinOp(self, node):
        if isinstance(node.op, ast.Pow):
            self.generic_visit(node)
            call = ast.Call(func=ast.Name('__pow', ast.Load()), args=[node.left, node.right], keywords=[])
            return self.wrap(ast.copy_location(call, node))
        return self.wrap(node)
    visit_UnaryOp = wrap
    visit_Call = wrap

def chk(v):
    if type(v) is int and abs(v).bit_length() > LIMIT:
        raise OverflowError('integer result too large')
    if type(v) is complex:
        raise ValueError("complex")
    return v

def cpow(a, b):
    if type(a) in (int, bool) and type(b) in (int, bool) and b >= 0 and abs(a) >= 2:
        if (abs(a).bit_length() - 1) * b >= LIMIT:
            raise OverflowError('integer result too large')
    return a ** b

def namespace():
    ns = {'math': math, 'min': min, 'max': max, 'abs': abs, 'float': float, 'int': int,
          'round': round, 'pow': cpow, '__pow': cpow, '__chk': chk, '__builtins__': {}}
    for n in ['cos', 'sin', 'tan', 'exp', 'log', 'sqrt', 'floor', 'ceil', 'tanh',
              'pi', 'e', 'tau', 'inf', 'nan']:
        ns[n] = getattr(math, n)
    return ns

def run(src, arg):
    text = src if src.lstrip().startswith('lambda') else 'lambda x: ' + src
    tree = ast.parse(text, mode='eval')
    tree = ast.fix_missing_locations(Chk().visit(tree))
    f = eval(compile(tree, '<expr>', 'eval'), namespace())
    try:
        return chk(f(arg))
    except (ArithmeticError, ValueError, TypeError) as ex:
        return Error(type(ex).__name__ + ': ' + str(ex)) if str(ex) in MESSAGES else None

class Error(str):
    pass

def enc(v):
    if v is None: return 'error'
    if type(v) is Error: return 'error:' + v
    if type(v) is bool: return 'b:%d' % v
    if type(v) is int: return 'i:%d' % v
    if type(v) is float: return 'f:%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    raise TypeError(type(v))

HAND = [
  ('0.95 ** x', [0, 1, 7, 100, 0.5]),
  ('min(1.0, (x + 1) / 5)', [0, 3, 7, 2.5]),
  ('0.5 * (1 + math.cos(math.pi * x / 100))', [0, 1, 33, 50, 99, 100, 2.5]),
  ('1 / (2. ** (x - 1))', [1, 2, 10, 0.5]),
  ('x / 10 if x < 10 else 0.1 ** (x // 10)', [3, 7, 10, 25, 99]),
  ('lambda epoch: 0.1 ** (epoch // 30)', [0, 29, 30, 95]),
  ('lambda step: min((step + 1) ** -0.5, (step + 1) * 4000 ** -1.5)', [0, 1, 3999, 4000, 10000]),
  ('max(0.0, 1 - x / 7)', [0, 3, 7, 8]),
  ('math.exp(-0.1 * x)', [0, 1, 50, 1000]),
  ('x ** 0.5 / 10', [0, 2, 3, 100]),
  ('math.sqrt(x) / math.log(x + 2)', [0, 1, 2, 100]),
  ('math.tanh(x / 3) + math.sin(x) - math.tan(x / 7)', [0, 1, 5, 100, 0.5]),
  ('round(x / 3, 3)', [1, 2, 7, 100, 0.5]),
  ('round(x * 0.005, 2)', [1, 3, 5, 7, 9, 25]),
  ('round(x / 8, 2)', [1, 3, 5, 7, 9, 25]),
  ('round(x * 1.15, 1)', [1, 3, 5, 7, 9, 25]),
  ('round(x, -1)', [5, 15, 25, -25, 7.5, 15.0, 25.0, 250.0]),
  ('round(x)', [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, -7]),
  ('round(x, 1)', [0.05, 0.15, 0.25, 0.35, 1e-320, 123456.789, 1e22]),
  ('round(x, 5)', [1/3, 2/3, 1e-6, 0.000005, 0.0000049999]),
  ('round(x, -3)', [1500.0, 2500.0, 2500.0000001, -999.9, 499.0]),
  ('x // 0.1', [1, 2, 0.3, -1, 7.7]),
  ('x % 0.1', [1, 2, 0.3, -1, 7.7]),
  ('x // -0.7', [1, 2, 0.3, -1, 7.7, 0]),
  ('x % -0.7', [1, 2, 0.3, -1, 7.7, 0]),
  ('x % math.inf', [1, -1, 0, -0.0]),
  ('x // math.inf', [1, -1, 0, -0.0]),
  ('math.inf % x', [1, -1]),
  ('x % 3', [-7, 7, -7.5, 7.5, -0.0, 1e300, -1e-300]),
  ('x // 3', [-7, 7, -7.5, 7.5, -0.0, 1e300, -1e-300]),
  ('x / 3', [-7, 7, 1, 2**53 + 1, 2**60 + 7, -(2**62) - 3]),
  ('x / 9007199254740993', [1, 2**62, -(2**63), 3]),
  ('x / 3.0', [2**53 + 1, 2**60 + 7]),
  ('x ** 2', [-3, 3, 0.5, -0.5, 1e200, -1e200, 3037000499, 3037000500]),
  ('x ** -2', [-3, 3, 0.5, 0]),
  ('x ** 0.5', [-3, 3, 0.5, 0, -0.0]),
  ('x ** x', [0, 1, 2, 5, 15, 16, 0.5, -3]),
  ('2 ** x', [0, 10, 62, 63, -1, -1074, -1075, 0.5, 1023, 1024]),
  ('2.0 ** x', [1023, 1024, -1074, -1075, -2000]),
  ('(-2) ** x', [0, 3, 63, 64, -3]),
  ('(-2.0) ** x', [3, 0.5, 1e300, 1025]),
  ('(-1) ** x', [10**18, 10**18 + 1, -(10**18) - 1]),
  ('x ** math.inf', [0.5, 1, -1, 2, -2, 0]),
  ('x ** -math.inf', [0.5, 1, -1, 2, -2, 0]),
  ('x ** math.nan', [1, 2, 0]),
  ('math.nan ** x', [0, 1]),
  ('math.pow(x, 2)', [3, -3, 0.5, 1e200]),
  ('math.pow(x, -1)', [0, -0.0, 2, math.inf, -math.inf]),
  ('math.pow(x, 0.5)', [-1, 4, math.inf, -math.inf]),
  ('math.pow(x, math.inf)', [0.5, 1, -1, 2, 0]),
  ('math.pow(x, -math.inf)', [0.5, 1, -1, 2, 0]),
  ('math.pow(math.nan, x)', [0, 1]),
  ('math.log(x)', [1, 2, 10, 0.5, 1e-300, 2**62, math.inf, 0, -1, -0.0]),
  ('math.log(x, 2)', [1, 2, 8, 1024, 0.5, 3]),
  ('math.log(x, 10)', [1, 10, 1000, 0.001, 1e22]),
  ('math.log(10, x)', [1, 2, 0.5, math.inf, 0]),
  ('math.exp(x)', [0, 1, -1, 709, 710, -745, -746, math.inf, -math.inf, 0.5]),
  ('math.sqrt(x)', [0, 2, 0.5, -0.0, 1e-320, math.inf, -1]),
  ('math.cos(x)', [0, 1, 1e22, 0.5, math.inf, -math.inf, 3]),
  ('math.sin(x)', [0, 1, 1e22, -0.0, math.inf, 3]),
  ('math.tan(x)', [0, 1, 1e22, math.pi / 2, math.inf]),
  ('math.tanh(x)', [0, 1, 20, -20, -0.0, math.inf, 0.5]),
  ('math.floor(x)', [0, 2.5, -2.5, -0.0, 1e18, 1e19, math.inf, 7]),
  ('math.ceil(x)', [0, 2.5, -2.5, -0.5, 1e18, -1e19, 7]),
  ('int(x)', [2.5, -2.5, -0.5, 9.2e18, 9.3e18, -9.2e18, 7, True]),
  ('float(x)', [3, 2**63 - 1, -(2**63), 2**53 + 1, True, 0.5]),
  ('abs(x)', [-3, 3, -0.0, -2.5, -math.inf, -(2**63) + 1]),
  ('min(x, 1, 0.5)', [0, 1, 0.5, 2, -1.5]),
  ('max(x, 1.0, 1)', [0, 1, 1.0, 2, -1.5]),
  ('min((x, x / 2, x * 2))', [0, 1, -4, 2.5]),
  ('max([x, -x])', [0, 1, -4, 2.5, -0.0]),
  ('x == 9007199254740992.0', [2**53, 2**53 + 1, 9007199254740992.0]),
  ('x < 9007199254740992.5', [2**53, 2**53 + 1]),
  ('x >= 9223372036854775808.0', [2**63 - 1, -(2**63)]),
  ('x > -9223372036854775808.0', [-(2**63), -(2**63) + 1]),
  ('0 <= x < 10', [-1, 0, 5, 10, 9.999]),
  ('x < 5 and x * 2 or x / 2', [1, 7, 0, 6.0]),
  ('x and 1 / x', [0, 2, 0.0, -4]),
  ('x or -1', [0, 2, 0.0, -4]),
  ('not x', [0, 2, 0.0, math.nan]),
  ('x in (1, 2, 3)', [1, 2.0, 4, True]),
  ('x not in [0, 0.5]', [0, -0.0, 0.5, 1]),
  ('1 if x else 0', [0, 0.0, -0.0, math.nan, 3]),
  ('-x ** 2', [3, -3, 0.5]),
  ('-x // 2', [3, -3, 0.5]),
  ('x - -x', [3, -3, 0.5]),
  ('+x * True', [3, -3, 0.5]),
  ('x * 1e308 * 10', [1, -1, 0]),
  ('1e308 * x - 1e308 * x', [10, 1]),
  ('0.1 + 0.2 + x', [0, 1, -0.30000000000000004]),
  ('x * 0.1 * 3', [1, 3, 10]),
  ('(x + 0.5) // 1 * 1.0', [0, 1, -1, 2]),
  ('pow(x, 3)', [2, -2, 0.5, 2097152, 2097151]),
  ('pow(x, -3)', [2, -2, 0.5]),
  ('1_000 * x + 0x10 - 0o7 + 0b11', [1, 0.5]),
  ('.5 * x + 1.e1 + 1e-3 + 1E+2', [1, 0.5]),
]

# Python's unbounded ints (issue 14).
HAND += [
  ('lambda epoch: 2 ** epoch', range(201)),
  ('lambda epoch: 10 ** epoch * 1e-300', range(201)),
  ('lambda epoch: epoch ** 12 / 1e20 + 0.01', range(201)),
  ('lambda epoch: int(epoch * 1e18) * 1e-20', range(201)),
  ('x / 3', [10**30, -10**30, 3 * 2**1000 + 1, 2**1024 * 3 - 1, 2**1024 * 3, 2**1024 * 3 - 2**970]),
  ('x / 10 ** 320', [1, 3, 5, -7, 10**10, 10**20 + 1, 0, 24703282292062327]),
  ('x / 10 ** 330', [24703282292062327, 24703282292062328, 4940656458412465, 4940656458412466]),
  ('2 ** 1100 / x', [1, 3, 2**75, 2**76 + 1, -(2**77) - 3, 10**20]),
  ('10 ** 400 / x', [1, 10**90, 10**91, -(10**100)]),
  ('(10 ** 400 + x) / 10 ** 399', [0, 1, -1, 5 * 10**383]),
  ('x / (2 ** 100 + 1)', [2**153, 2**153 + 2**100, 2**154 - 1, -(2**200)]),
  ('x // 7', [10**30, -10**30, 2**64]),
  ('x % 7', [10**30, -10**30, 2**64]),
  ('x // -(10 ** 20)', [10**30 + 5, -(10**30), 10**19]),
  ('x % -(10 ** 20)', [10**30 + 5, -(10**30), 10**19]),
  ('x // 1.5', [10**30, -(10**30)]),
  ('x % 2.5', [10**30, -(10**30)]),
  ('x * 0.0', [2**1023, 2**1024, -(2**1023)]),
  ('x + 0.5', [10**300, 10**400]),
  ('x ** -1', [10**30, -(10**30), 10**400]),
  ('2 ** -x', [10**30]),
  ('x ** 0.5', [10**300, 10**400]),
  ('-x', [-(2**63), 2**63, 2**64]),
  ('x - 1', [-(2**63), 2**63]),
  ('x + 1', [2**63 - 1, -(2**63) - 1]),
  ('x * -1', [-(2**63), 2**63]),
  ('x // -1', [-(2**63)]),
  ('x % -1', [-(2**63)]),
  ('abs(x)', [-(2**63), -(10**30), 10**30]),
  ('2 ** 53 + x > 2.0 ** 53', [0, 1, -1]),
  ('x == 2.0 ** 100', [2**100, 2**100 + 1, 2**100 - 1]),
  ('x < 1e300', [int(1e300), int(1e300) + 1, int(1e300) - 1, 10**300]),
  ('x == 1e300', [int(1e300), 10**300]),
  ('x > math.inf', [10**400, -(10**400)]),
  ('x > -math.inf', [-(10**400)]),
  ('x <= -1e308', [-(10**308), -(10**309), -(10**307)]),
  ('x != x * 1.0', [2**53 + 1, 10**20, 2**64]),
  ('x in (1e30, 2)', [10**30, int(1e30)]),
  ('min(x, 10 ** 30)', [10**30 + 1, 1e30, 2**100]),
  ('max(x, 1e300)', [10**301, 10**299, int(1e300)]),
  ('int(x)', [1e300, -1e300, -1.5e200, 1.7976931348623157e308, 2.0**64, 2**70]),
  ('float(x)', [2**1024, -(2**1024), 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**64 + 1,
                2**54 + 1, 2**54 + 3, 10**308, 10**309, 2**1023 + 2**970]),
  ('round(x)', [1e300, 2.5e30, -1e20, 10**30]),
  ('round(x, -5)', [10**30 + 50000, 10**30 + 150000, -(10**30) - 250000, 10**30 + 249999]),
  ('round(x, -30)', [5 * 10**29, 15 * 10**29, 10**40 + 5 * 10**29 + 1, 12]),
  ('round(x, 2)', [10**30]),
  ('math.floor(x)', [1e300, -1.5e30, 10**30]),
  ('math.ceil(x)', [1e300, -1.5e30, 10**30]),
  ('math.log(x)', [10**400, 2**1024, 2**2000 + 1, 2**1024 - 2**970, 10**30, -(10**400)]),
  ('math.log(x, 10)', [10**400, 10**1000]),
  ('math.log(2, x)', [10**400]),
  ('math.sqrt(x)', [10**300, 10**400]),
  ('math.exp(x)', [10**30, 10**400]),
  ('math.cos(x)', [10**30, 2**1024]),
  ('math.pow(x, 2)', [10**100, 10**400]),
  ('pow(x, 3)', [10**30, -(2**40)]),
  ('9 ** 9 ** 9', [0]),
  ('2 ** x', [99999, 100000, 100001, 10**30]),
  ('2 ** x // 2 ** 99990', [99999, 99998]),
  ('(2 ** 50000 * 2 ** x) // 2 ** 99990', [49999, 50000]),
  ('(-1) ** x', [10**30, 10**30 + 1, -(10**30)]),
  ('0 ** x', [10**30]),
  ('1 ** x', [10**100]),
  ('x ** x', [30, 3000, 30000]),
  ('x * x // x', [2**49999, 2**50000]),
  ('10000000000000000000000 * x', [1, 0.5, -3]),
  ('0x' + 'f' * 40 + ' + x', [1, -1]),
  ('0b1' + '0' * 64 + ' - x', [1]),
  ('0o7' + '7' * 30 + ' // x', [8]),
  ('-9223372036854775808 + x', [0, -1]),
  ('9223372036854775808 - x', [0, 1]),
  ('1' + '0' * 400 + ' // x', [10**399, 3, 1e300]),
  # math's functions beyond libm's one- and two-argument ones
  ('math.fsum((x, 1e100, 1.0, -1e100, 1e-100, 1e50))', [0.1, 1, -1e16, -1e50]),
  ('math.fsum((1e-16, 1, x))', [1e16, -1e16, 1e-16]),
  ('math.fsum((x, x, x, x, x, x, x, x, x, x))', [0.1, 1e308, -0.0, 10**400]),
  ('math.fsum((x, 2 ** 53, 1.0, -(2 ** 53), 0.5, -1.5))', [1, 0.5, 2**60 + 1]),
  ('math.fsum((x, 1e308))', [1e308, -1e308, 1.0]),
  ('math.fsum((math.inf, x))', [1, -math.inf, math.inf, math.nan]),
  ('math.fsum(())', [0]),
  ('math.fsum([x, 0.1, 0.2, -0.3])', [0, 1e-17, True]),
  ('math.prod((x, 2, 0.5))', [3, 0.1, 2**70]),
  ('math.prod((x, x, x, x))', [2**30, 3, -1.5, 2**25000]),
  ('math.prod(())', [0]),
  ('math.prod([x, True, 3])', [7]),
  ('math.hypot(x, 4)', [3, 0.1, 1e308, 1e-320, -2.5, 5e-324, math.inf, math.nan, 2**1024]),
  ('math.hypot(x, x + 1, 2 * x, 0.1)', [1, 0.3, 1e200, 7e-310, -1e-5, 123456.789]),
  ('math.hypot(math.inf, x)', [math.nan, 1]),
  ('math.hypot(x)', [-3, 0.5, -0.0]),
  ('math.hypot()', [0]),
  ('math.hypot(1e-310, x)', [2e-310, 1e-300, 0]),
  ('math.gcd(x, 12)', [18, -18, 0, 3 * 2**70, 7, True, 1.5]),
  ('math.gcd(x, 2 ** 80 * 9, 6 * 2 ** 90)', [2**100 * 15, 0, -(3**60)]),
  ('math.gcd(x)', [-7, 0]),
  ('math.gcd()', [0]),
  ('math.lcm(x, 6)', [4, -4, 0, 2**70, 2.0]),
  ('math.lcm(x, 2 ** 99998)', [3, 5, 2**99998 * 3]),
  ('math.lcm()', [0]),
  ('math.lcm(x)', [-9]),
  ('math.isqrt(x)', [0, 1, 15, 16, 17, 2**100, 2**100 - 1, 10**300 + 1, 3**1001, True, -1, 2.0]),
  ('math.factorial(x)', [0, 1, 5, 20, 21, 100, 2000, 20000, 10**30, -1, 5.0, True]),
  ('math.comb(x, 3)', [10, 2, 0, 10**30, -1, 2.0]),
  ('math.comb(100, x)', [0, 1, 50, 99, 100, 101, -1, 10**30]),
  ('math.comb(x, 5000)', [10**30, 6000]),
  ('math.comb(x, x // 2)', [200, 2001]),
  ('math.perm(x)', [0, 5, 25, -1, 20000]),
  ('math.perm(x, 2)', [10, 1, 0, -1, 2**70]),
  ('math.perm(10, x)', [0, 3, 10, 11, -2, 10**30]),
  ('math.perm(x, 3000)', [10**30, 3000]),
  ('math.ldexp(x, 3)', [1, 0.5, -0.0, 0, math.inf, -math.inf, math.nan, 10**400]),
  ('math.ldexp(1.5, x)', [-1074, -1075, -1076, -1080, 1023, 1024, 10**30, -(10**30), 2**31, -(2**31) - 1, 2.0]),
  ('math.ldexp(x, -1)', [5e-324, 1.5e-323, -1e-323, 3]),
  ('math.ulp(x)', [1, 0, -0.0, 1.7976931348623157e308, 5e-324, 2.5, -2.5, 1e300, math.inf, -math.inf,
                   math.nan, 2**1023, 10**400]),
  ('math.isclose(x, 1.0)', [1, 1.0000000001, 1.000000002, 0.999999999, math.inf, math.nan, 10**400]),
  ('math.isclose(x, x + 1e-7)', [1, 100, 1e300, math.inf, 0]),
  ('math.isclose(math.inf, x)', [math.inf, -math.inf]),
  # gamma and lgamma are libm's (tgamma, lgamma_r), not CPython's own Lanczos approximations:
  # only the values both define exactly are compared (CPython's table of (n - 1)! for n <= 23,
  # lgamma's zeros at 1 and 2), with the errors and special values.
  ('math.gamma(x)', list(range(1, 24)) + [23.0, True, 0, -0.0, -1, -2.0, -1e300, math.inf, -math.inf, math.nan,
                                          1e-320, 172.0, 2.6e305, 10**400]),
  ('math.lgamma(x)', [1, 2, 1.0, 0, -0.0, -1, -2.0, -1e300, math.inf, -math.inf, math.nan, 2.6e305, 10**400]),
]

def rand_leaf(r):
    c = r.random()
    if c < 0.3: return 'x'
    if c < 0.6: return str(r.randint(-12, 12))
    if c < 0.85: return r.choice(['0.5', '2.5', '0.1', '1e-3', '3.75', '1e300', '0.0', '2.0', '7.25', '1e16'])
    return r.choice(['True', 'False', 'math.pi', 'math.e', 'math.inf', 'pi'])

def rand_expr(r, d):
    if d <= 0 or r.random() < 0.25:
        return rand_leaf(r)
    k = r.random()
    a = lambda: rand_expr(r, d - 1)
    if k < 0.35:
        return '(%s %s %s)' % (a(), r.choice(['+', '-', '*', '/', '//', '%', '+', '*']), a())
    if k < 0.42:
        return '(%s ** %s)' % (a(), r.choice(['2', '3', '-1', '0.5', '-2', 'x', '1.5']))
    if k < 0.47:
        return '(-%s)' % a()
    if k < 0.55:
        return '(%s %s %s)' % (a(), r.choice(['<', '<=', '>', '>=', '==', '!=']), a())
    if k < 0.60:
        return '(%s %s %s)' % (a(), r.choice(['and', 'or']), a())
    if k < 0.65:
        return '(%s if %s else %s)' % (a(), a(), a())
    if k < 0.70:
        return '(%s in (%s, %s))' % (a(), a(), a())
    fn = r.choice(['min', 'max', 'abs', 'float', 'int', 'round', 'round2', 'pow',
                   'math.cos', 'math.sin', 'math.exp', 'math.log', 'math.sqrt',
                   'math.floor', 'math.ceil', 'math.tanh', 'math.tan', 'math.log2'])
    if fn in ('min', 'max'): return '%s(%s, %s)' % (fn, a(), a())
    if fn == 'pow': return 'pow(%s, %s)' % (a(), r.choice(['2', '-1', '0.5', '3']))
    if fn == 'round2': return 'round(%s, %d)' % (a(), r.randint(-2, 4))
    if fn == 'math.log2': return 'math.log(%s, %s)' % (a(), a())
    return '%s(%s)' % (fn, a())

def main(out):
    cases = []
    for src, args in HAND:
        for arg in args:
            cases.append((src, arg))
    rb = random.Random(14)
    for _ in range(60):
        a = rb.getrandbits(rb.randint(1, 1200)) * rb.choice([1, -1])
        b = rb.getrandbits(rb.randint(1, 1200)) or 1
        cases.append(('x / %d' % b, a))
        cases.append(('x // %d' % b, a))
        cases.append(('x %% %d' % b, a))
        cases.append(('x < %s' % repr(float(b)) if b < 2**1024 else 'x < %d' % b, a))
    rm = random.Random(1414)
    for _ in range(40):
        cs = [repr(rm.uniform(-1, 1) * 10 ** rm.randint(-30, 30)) for _ in range(rm.randint(1, 4))]
        cases.append(('math.hypot(x, %s)' % ', '.join(cs), rm.uniform(-100, 100)))
        cases.append(('math.fsum((x, %s))' % ', '.join(cs), rm.uniform(-1e20, 1e20)))
    r = random.Random(20240607)
    args = [0, 1, -3, 7, 100, 0.5, -2.25, 10.0, 1e-8]
    for _ in range(500):
        cases.append((rand_expr(r, 4), r.choice(args)))
    lines = []
    for src, arg in cases:
        lines.append('  %s | %s | %s' % (enc(arg), enc(run(src, arg)), src))
    with open(out, 'w') as f:
        f.write(HEADER % (sys.version.split()[0], LIMIT))
        f.write('\n'.join(lines))
        f.write(FOOTER)
        f.write('\n// The generator:\n//\n')
        f.write('\n'.join(('// ' + l).rstrip() for l in open(__file__).read().splitlines()))
        f.write('\n')

HEADER = '''// Generated by evaluating each expression with CPython %s, by the script
// quoted at the end of this file (`python3 scripts/gen_pyexpression_reference.py Tests/PyExpressionTests/PythonReference.swift`).
// Do not edit by hand.
//
// Each line is `argument | expected | source`, where a value is `i:<int>`,
// `b:<0|1>`, `f:<IEEE 754 bits in hex>` and `error` means CPython raised, or
// an int exceeded %d bits, or the result was complex; `error:<message>` gives
// the message where the evaluator reproduces CPython's.
let pythonReference = #"""
'''
FOOTER = '''
  """#
'''

if __name__ == '__main__':
    main(sys.argv[1])
