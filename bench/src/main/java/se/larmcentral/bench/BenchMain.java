package se.larmcentral.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of {@code ./larm bench NAME}: runs {@code se.larmcentral.bench.NAME.Run}, so each benchmark
 * lives in its own package and adding one touches no shared file.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].matches("[a-z][a-z0-9]*")) {
            System.err.println("usage: larm bench NAME [ARGS...]   (NAME: journal, social, dispatch, triage, calls)");
            System.exit(2);
        }
        Class<?> run;
        try {
            run = Class.forName("se.larmcentral.bench." + args[0] + ".Run");
        } catch (ClassNotFoundException e) {
            System.err.println("no benchmark named '" + args[0] + "' (expected class se.larmcentral.bench." + args[0] + ".Run)");
            System.exit(2);
            return;
        }
        Method main = run.getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw (e.getCause() instanceof Exception ex) ? ex : e;
        }
    }
}
