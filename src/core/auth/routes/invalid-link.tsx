// The answer to an unknown, used or expired link from a mail: 400 with a way forward.
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendPage } from "../../http/render";
import { MessagePage } from "../views/message-page";

export function sendInvalidLink(
  request: FastifyRequest,
  reply: FastifyReply,
  link = { href: "/inloggen", labelKey: "auth.login.title" },
) {
  return sendPage(
    reply,
    <MessagePage
      ctx={request.pageContext()}
      titleKey="auth.invalidLink.title"
      textKey="auth.invalidLink.text"
      link={link}
    />,
    400,
  );
}
