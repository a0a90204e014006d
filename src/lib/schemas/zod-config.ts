import { z } from "zod";

// Every message a schema does not write itself comes out in French ("Trop grand : …").
z.config(z.locales.fr());
