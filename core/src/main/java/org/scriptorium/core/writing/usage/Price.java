package org.scriptorium.core.writing.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a model costs, in US dollars, for every model whose name starts with the prefix. */
@Entity
@Table(name = "ai_prices")
public class Price extends SyncableEntity {
    @Column(name = "model_prefix", nullable = false, length = 200)
    private String modelPrefix;
    @Column(name = "input_per_million", nullable = false, precision = 14, scale = 6)
    private BigDecimal inputPerMillion;
    @Column(name = "output_per_million", nullable = false, precision = 14, scale = 6)
    private BigDecimal outputPerMillion;
    @Column(name = "per_image", nullable = false, precision = 14, scale = 6)
    private BigDecimal perImage;

    protected Price() {
    }

    Price(UUID id, ModelPrice price, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        set(price);
    }

    void set(ModelPrice price) {
        this.modelPrefix = price.modelPrefix();
        this.inputPerMillion = price.inputPerMillion();
        this.outputPerMillion = price.outputPerMillion();
        this.perImage = price.perImage();
    }

    ModelPrice price() {
        return new ModelPrice(modelPrefix, inputPerMillion, outputPerMillion, perImage);
    }

    String getModelPrefix() {
        return modelPrefix;
    }

    void remove(Instant now) {
        markDeleted(now);
    }
}
