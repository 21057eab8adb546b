import { BriefcaseBusiness, FileText, History, LayoutDashboard, LogOut, MessagesSquare, UserRoundSearch } from "lucide-react";

export const navItems = [
  { href: "/", label: "Dashboard", icon: LayoutDashboard },
  { href: "/tools", label: "HR tools", icon: FileText },
  { href: "/history", label: "History", icon: History },
  { href: "/copilot", label: "Job Copilot", icon: BriefcaseBusiness },
  { href: "/chat", label: "Chat", icon: MessagesSquare },
  { href: "/exit-interviews", label: "Exit interviews", icon: UserRoundSearch },
] as const;

export const SignOutIcon = LogOut;
