package org.haven.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON body is whole Unicode: a lone UTF-16 surrogate ({@code "\ud800"}) cannot be stored faithfully
 * (PostgreSQL keeps it as '?', so two different names would hash and match alike), so it is refused as bad input.
 */
@Configuration(proxyBeanMethods = false)
class WholeText {

    @Bean
    SimpleModule wholeTextModule() {
        return new SimpleModule("haven-whole-text").addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !whole(text)) {
                return (String) context.handleWeirdStringValue(
                        String.class, text, "it holds half of a UTF-16 surrogate pair, which is not a character");
            }
            return text;
        }

        static boolean whole(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
