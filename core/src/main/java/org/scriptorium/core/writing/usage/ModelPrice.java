package org.scriptorium.core.writing.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A row of the price table: US dollars per million input and output tokens, and per image. */
public record ModelPrice(String modelPrefix, BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal perImage) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public static ModelPrice of(String prefix, String input, String output, String image) {
        return new ModelPrice(prefix, new BigDecimal(input), new BigDecimal(output), new BigDecimal(image));
    }

    public BigDecimal cost(int inputTokens, int outputTokens, int images) {
        return inputPerMillion.multiply(BigDecimal.valueOf(inputTokens))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(outputTokens)))
                .divide(MILLION, 6, RoundingMode.HALF_UP)
                .add(perImage.multiply(BigDecimal.valueOf(images)))
                .setScale(6, RoundingMode.HALF_UP);
    }
}
