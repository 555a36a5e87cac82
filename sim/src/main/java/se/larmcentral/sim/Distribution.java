package se.larmcentral.sim;

import java.util.SplittableRandom;

/**
 * A distribution of a duration in seconds, as a scenario file names it ({@code fixed 50}, {@code exponential 720},
 * {@code normal 600 120}, {@code uniform 60 120}, {@code lognormal 900 300}). Samples are never negative: a normal
 * draw below zero is drawn again.
 */
public sealed interface Distribution {

    double sample(SplittableRandom random);

    /** The mean in seconds. */
    double mean();

    record Fixed(double seconds) implements Distribution {
        public double sample(SplittableRandom random) {
            return seconds;
        }

        public double mean() {
            return seconds;
        }
    }

    record Exponential(double meanSeconds) implements Distribution {
        public double sample(SplittableRandom random) {
            return -meanSeconds * Math.log(1 - random.nextDouble());
        }

        public double mean() {
            return meanSeconds;
        }
    }

    record Uniform(double min, double max) implements Distribution {
        public double sample(SplittableRandom random) {
            return min + (max - min) * random.nextDouble();
        }

        public double mean() {
            return (min + max) / 2;
        }
    }

    /** Normal, truncated at zero by drawing again (the mean is then slightly above {@code mean}). */
    record Normal(double mean, double sd) implements Distribution {
        public double sample(SplittableRandom random) {
            for (int i = 0; i < 100; i++) {
                double x = mean + sd * Gaussian.next(random);
                if (x >= 0) {
                    return x;
                }
            }
            return 0;
        }
    }

    /** Log-normal with the given mean and standard deviation of the duration itself (not of its logarithm). */
    record LogNormal(double mean, double sd) implements Distribution {
        public double sample(SplittableRandom random) {
            double sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            return Math.exp(mu + Math.sqrt(sigma2) * Gaussian.next(random));
        }
    }

    /** Box-Muller with both uniforms from the stream, so a sample always consumes exactly two draws. */
    final class Gaussian {
        private Gaussian() {
        }

        static double next(SplittableRandom random) {
            double u1 = 1 - random.nextDouble();
            double u2 = random.nextDouble();
            return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
    }
}
