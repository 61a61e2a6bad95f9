package org.newsroom.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * News English for newsroom's full-text fields, after the standard tokenizer and lowercase:
 * drops possessives ("Ukraine’s", "Ukraine's" -> "ukraine"), folds accents to ASCII
 * ("café" -> "cafe", "Zürich" -> "zurich") and stems inflections with KStem, a dictionary
 * stemmer that keeps words readable ("fleeing", "fled" -> "flee"; "reported" -> "report")
 * and leaves proper names alone more often than Porter does.
 *
 * Multi-term queries (prefix*, wildcards) are normalized by folding only: "Zür*" finds "Zürich"
 * in the stemmed field; stemming a prefix would change its meaning.
 */
@NamedComponent("newsroom_english")
public class NewsroomEnglishTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream in) {
        return new KStemFilter(new ASCIIFoldingFilter(new EnglishPossessiveFilter(in)));
    }

    @Override
    public TokenStream normalize(TokenStream in) {
        return new ASCIIFoldingFilter(in);
    }
}
